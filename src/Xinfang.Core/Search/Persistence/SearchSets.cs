using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Search;

/// <summary>The search module's tables on the platform's one context (mapped in this folder).</summary>
public static class SearchSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<CaseSearchText> CaseSearchTexts => db.Set<CaseSearchText>();
    }
}
