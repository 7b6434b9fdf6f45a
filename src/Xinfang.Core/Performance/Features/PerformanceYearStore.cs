using Xinfang.Core.Performance.Model;

namespace Xinfang.Core.Performance.Features;

/// <summary>Where a department-year's performance tables are kept once changed (e.g. an indicator bound to live
/// data): <see cref="DbPerformanceYearStore"/>.</summary>
public interface IPerformanceYearStore
{
    void Save(PerformanceYear year);
    PerformanceYear? Find(string id);
}

/// <summary>A department-year as stored, else the built-in sample of that name.</summary>
public sealed class PerformanceYears(IPerformanceYearStore store)
{
    public PerformanceYear? Find(string id) => store.Find(id) ?? PerformanceSampleCatalog.Find(id);
}
