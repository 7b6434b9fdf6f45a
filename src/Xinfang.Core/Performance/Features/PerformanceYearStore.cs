using Xinfang.Core.Performance.Model;

namespace Xinfang.Core.Performance.Features;

/// <summary>Where a department-year's performance tables are kept once changed (e.g. an indicator bound to live
/// data): <see cref="DbPerformanceYearStore"/>.</summary>
public interface IPerformanceYearStore
{
    void Save(PerformanceYear year);
    PerformanceYear? Find(string id);
    IReadOnlyList<(string Id, int FiscalYear)> List();
}

public sealed record PerformanceYearEntry(string Id, int FiscalYear, bool IsSample);

/// <summary>A department-year as stored, else the built-in sample of that name.</summary>
public sealed class PerformanceYears(IPerformanceYearStore store)
{
    public PerformanceYear? Find(string id) => store.Find(id) ?? PerformanceSampleCatalog.Find(id);

    /// <summary>Every year there is, newest first: the stored ones and the built-in samples not yet changed.</summary>
    public IReadOnlyList<PerformanceYearEntry> List()
    {
        var stored = store.List().Select(y => new PerformanceYearEntry(y.Id, y.FiscalYear, IsSample: false)).ToList();
        var samples = PerformanceSampleCatalog.Samples.Keys
            .Where(id => stored.All(s => s.Id != id))
            .Select(id => new PerformanceYearEntry(id, PerformanceSampleCatalog.Find(id)!.FiscalYear, IsSample: true));
        return [.. stored.Concat(samples).OrderByDescending(y => y.FiscalYear).ThenBy(y => y.Id, StringComparer.Ordinal)];
    }
}
