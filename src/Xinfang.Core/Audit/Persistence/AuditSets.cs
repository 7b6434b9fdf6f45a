using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Audit;

/// <summary>The audit module's tables on the platform's one context (mapped in this folder).</summary>
public static class AuditSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
    }
}
