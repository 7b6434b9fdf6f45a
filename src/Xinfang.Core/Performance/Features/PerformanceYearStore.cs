using System.Collections.Concurrent;
using Xinfang.Core.Performance.Model;

namespace Xinfang.Core.Performance.Features;

/// <summary>Where a department-year's performance tables are kept once changed (e.g. an indicator bound to live
/// data). In memory until the database-backed store comes with the web foundation.</summary>
public interface IPerformanceYearStore
{
    void Save(PerformanceYear year);
    PerformanceYear? Find(string id);
}

public sealed class InMemoryPerformanceYearStore : IPerformanceYearStore
{
    private readonly ConcurrentDictionary<string, PerformanceYear> _items = [];

    public void Save(PerformanceYear year) => _items[year.Id] = year;
    public PerformanceYear? Find(string id) => _items.GetValueOrDefault(id);
}

/// <summary>A department-year as stored, else the built-in sample of that name.</summary>
public sealed class PerformanceYears(IPerformanceYearStore store)
{
    public PerformanceYear? Find(string id) => store.Find(id) ?? PerformanceSampleCatalog.Find(id);
}
