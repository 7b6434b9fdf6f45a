using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Performance.Features;
using Xinfang.Core.Data;

namespace Xinfang.Core.Performance;

/// <summary>The performance module's tables on the platform's one context (mapped in this folder).</summary>
public static class PerformanceSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<StoredPerformanceYear> StoredPerformanceYears => db.Set<StoredPerformanceYear>();
    }
}
