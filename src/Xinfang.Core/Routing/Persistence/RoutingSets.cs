using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Routing;

/// <summary>The routing module's tables on the platform's one context (mapped in this folder).</summary>
public static class RoutingSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<StoredRoutingModel> RoutingModels => db.Set<StoredRoutingModel>();
        public DbSet<CategorySuggestionRecord> CategorySuggestions => db.Set<CategorySuggestionRecord>();
    }
}
