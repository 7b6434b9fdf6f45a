using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation;

/// <summary>The organisation module's tables on the platform's one context (mapped in this folder).</summary>
public static class OrganisationSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<Unit> Units => db.Set<Unit>();
        public DbSet<Region> Regions => db.Set<Region>();
        public DbSet<Category> Categories => db.Set<Category>();
    }
}
