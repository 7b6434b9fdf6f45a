using Xinfang.Core.Common;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Search;

/// <summary>
/// Words a case's searchable text carries besides its own words, so that the full-text index itself narrows a search
/// before any row is read: the month of receipt (<c>xfm202612</c>), the place (<c>xfp12</c>), and the current units and their
/// townships — the data scope (<c>xfu34</c>, <c>xfr12</c>). At a million cases a frequent word matches tens of thousands
/// of texts; intersected with a township or with the last months it matches a few hundred. They only narrow: every
/// search still applies the scope and filters to the cases themselves, so a stale tag can hide a case, never show one.
/// </summary>
public static class CaseSearchTags
{
    public static string Of(int receivedMonth, int? placeRegionId, IEnumerable<(int UnitId, int? RegionId)> currentUnits)
    {
        var tags = new List<string> { Month(receivedMonth) };
        if (placeRegionId is { } place)
        {
            tags.Add(Place(place));
        }

        foreach (var (unit, region) in currentUnits)
        {
            tags.Add($"xfu{unit}");
            if (region is { } r)
            {
                tags.Add($"xfr{r}");
            }
        }

        return string.Join(' ', tags.Distinct(StringComparer.Ordinal));
    }

    public static string Month(int yyyyMM) => $"xfm{yyyyMM}";

    public static string Place(int regionId) => $"xfp{regionId}";

    /// <summary>The tag every case within the scope carries; none district-wide.</summary>
    public static string? Scope(DataScope scope) => scope.Kind switch
    {
        DataScopeKind.Township => $"xfr{scope.RegionId}",
        DataScopeKind.Unit => $"xfu{scope.UnitId}",
        _ => null,
    };

    /// <summary>The tags of this month and the <paramref name="months"/> − 1 before it (China time).</summary>
    public static IReadOnlyList<string> RecentMonthTags(DateTimeOffset now, int months)
    {
        var today = ChinaTime.DateOf(now);
        var first = new DateOnly(today.Year, today.Month, 1);
        return Enumerable.Range(0, months).Select(i => first.AddMonths(-i)).Select(d => Month(d.Year * 100 + d.Month)).ToList();
    }
}
