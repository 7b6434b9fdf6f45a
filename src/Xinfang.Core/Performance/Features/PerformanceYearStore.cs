using Xinfang.Core.Common;
using Xinfang.Core.Performance.Model;

namespace Xinfang.Core.Performance.Features;

/// <summary>A department-year and the stored revision it was read at (1 after the first save; a sample never saved
/// is 0). A change sends the revision back, so that a save over a newer one is refused.</summary>
public sealed record StoredYear(PerformanceYear Year, int Revision);

/// <summary>Where a department-year's performance tables are kept once changed (e.g. an indicator bound to live
/// data): <see cref="DbPerformanceYearStore"/>.</summary>
public interface IPerformanceYearStore
{
    /// <summary>Stores the year; with <paramref name="expectedRevision"/> the save is refused with a conflict
    /// (<c>performance.stale_revision</c>, HTTP 409 as for a case) when another save came in between.</summary>
    Task<Result<StoredYear>> SaveAsync(PerformanceYear year, int? expectedRevision, CancellationToken ct = default);
    Task<StoredYear?> FindAsync(string id, CancellationToken ct = default);
    Task<IReadOnlyList<(string Id, int FiscalYear)>> ListAsync(CancellationToken ct = default);
}

public static class PerformanceYearErrors
{
    public static Error Stale(string id) =>
        Error.Conflict("performance.stale_revision", $"“{id}”的绩效数据已被他人修改，请刷新后重新填写。");
}

public sealed record PerformanceYearEntry(string Id, int FiscalYear, bool IsSample);

/// <summary>A department-year as stored, else the built-in sample of that name.</summary>
public sealed class PerformanceYears(IPerformanceYearStore store)
{
    public async Task<StoredYear?> FindAsync(string id, CancellationToken ct = default) =>
        await store.FindAsync(id, ct) ?? (PerformanceSampleCatalog.Find(id) is { } sample ? new StoredYear(sample, 0) : null);

    /// <summary>Every year there is, newest first: the stored ones and the built-in samples not yet changed.</summary>
    public async Task<IReadOnlyList<PerformanceYearEntry>> ListAsync(CancellationToken ct = default)
    {
        var stored = (await store.ListAsync(ct)).Select(y => new PerformanceYearEntry(y.Id, y.FiscalYear, IsSample: false)).ToList();
        var samples = PerformanceSampleCatalog.Samples.Keys
            .Where(id => stored.All(s => s.Id != id))
            .Select(id => new PerformanceYearEntry(id, PerformanceSampleCatalog.Find(id)!.FiscalYear, IsSample: true));
        return [.. stored.Concat(samples).OrderByDescending(y => y.FiscalYear).ThenBy(y => y.Id, StringComparer.Ordinal)];
    }
}
