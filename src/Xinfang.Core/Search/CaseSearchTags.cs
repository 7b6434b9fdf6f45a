using Xinfang.Core.Common;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Search;

/// <summary>
/// Words a case's searchable text carries besides its own words, so that the full-text index itself narrows a search
/// before any row is read: the month of receipt (<c>xfm202612</c>), the place (<c>xfp12</c>), the current units and their
/// townships — the data scope (<c>xfu34</c>, <c>xfr12</c>) — and place and scope by month (<c>xfp12m202612</c>,
/// <c>xfr12m202612</c>), whose short lists the index intersects cheaply. At a million cases a frequent word matches tens
/// of thousands of texts; within a township's last two months, a few dozen. They only narrow: every search still applies
/// the scope and filters to the cases themselves, so a stale tag can hide a case, never show one.
/// </summary>
public static class CaseSearchTags
{
    public static string Of(int receivedMonth, int? placeRegionId, IEnumerable<(int UnitId, int? RegionId)> currentUnits)
    {
        var prefixes = new List<string>();
        if (placeRegionId is { } place)
        {
            prefixes.Add(Place(place));
        }

        foreach (var (unit, region) in currentUnits)
        {
            prefixes.Add($"xfu{unit}");
            if (region is { } r)
            {
                prefixes.Add($"xfr{r}");
            }
        }

        var tags = prefixes.Distinct(StringComparer.Ordinal).SelectMany(p => new[] { p, $"{p}m{receivedMonth}" }).Prepend(Month(null, receivedMonth));
        return string.Join(' ', tags);
    }

    public static string Place(int regionId) => $"xfp{regionId}";

    /// <summary>The tag every case within the scope carries; none district-wide.</summary>
    public static string? Scope(DataScope scope) => scope.Kind switch
    {
        DataScopeKind.Township => $"xfr{scope.RegionId}",
        DataScopeKind.Unit => $"xfu{scope.UnitId}",
        _ => null,
    };

    /// <summary>The month tags of this month and the <paramref name="months"/> − 1 before it (China time): of every case,
    /// or, with a <paramref name="prefix"/> (<see cref="Place"/>, <see cref="Scope"/>), of that place's or scope's cases.</summary>
    public static IReadOnlyList<string> RecentMonths(string? prefix, DateTimeOffset now, int months)
    {
        var today = ChinaTime.DateOf(now);
        var first = new DateOnly(today.Year, today.Month, 1);
        return Enumerable.Range(0, months).Select(i => first.AddMonths(-i)).Select(d => Month(prefix, d.Year * 100 + d.Month)).ToList();
    }

    private static string Month(string? prefix, int yyyyMM) => prefix is null ? $"xfm{yyyyMM}" : $"{prefix}m{yyyyMM}";
}
