using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Intake;

/// <summary>The intake module's tables on the platform's one context (mapped in this folder).</summary>
public static class IntakeSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<IntegrationClient> IntegrationClients => db.Set<IntegrationClient>();
        public DbSet<IntakeItem> IntakeItems => db.Set<IntakeItem>();
        public DbSet<StoredIntakeMapping> IntakeMappings => db.Set<StoredIntakeMapping>();
    }
}
