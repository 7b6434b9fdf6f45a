using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Finance.Features;
using Xinfang.Core.Data;

namespace Xinfang.Core.Finance;

/// <summary>The finance module's tables on the platform's one context (mapped in this folder).</summary>
public static class FinanceSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<StoredFinalAccounts> StoredFinalAccounts => db.Set<StoredFinalAccounts>();
    }
}
