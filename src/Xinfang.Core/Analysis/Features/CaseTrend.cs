using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Analysis.Features;

public enum TrendGrain
{
    Day,
    Week,
    Month,
}

public sealed record TrendQuery(AnalysisFilter Filter, TrendGrain Grain = TrendGrain.Month);

/// <summary>A period's count beside the same period a year before (同比); <see cref="Change"/> is null when there is
/// nothing to compare with (growth from zero is not a percentage).</summary>
public sealed record TrendPoint(string Label, DateOnly Start, DateOnly End, int Count, int LastYear, decimal? Change, string Drill, string LastYearDrill);

public sealed record TrendView(DateOnly From, DateOnly To, string Grain, IReadOnlyList<TrendPoint> Points, int Count, int LastYear, decimal? Change);

/// <summary>The trend of the filtered cases by day, week (Monday to Sunday) or month, each point with the same
/// period a year before. The database counts by received day (two ranges, at most 2 × 366 × 5 rows).</summary>
public sealed class CaseTrend(XinfangDbContext db, OrganisationDirectory directory)
{
    public const int MaxDays = 370;
    public const int MaxWeeks = 160;

    public async Task<Result<TrendView>> HandleAsync(TrendQuery query, Actor actor, CancellationToken ct = default)
    {
        if (!AnalysisAccess.MayRead(actor))
        {
            return AnalysisAccess.Refused;
        }

        var filter = query.Filter;
        if (filter.Validate() is { IsSuccess: false } invalid)
        {
            return Result.Failure<TrendView>([.. invalid.Errors]);
        }

        var days = filter.To.DayNumber - filter.From.DayNumber + 1;
        if (query.Grain == TrendGrain.Day && days > MaxDays || query.Grain == TrendGrain.Week && days > MaxWeeks * 7)
        {
            return Error.Validation("grain", "validation.range",
                query.Grain == TrendGrain.Day ? $"按日走势的期间不能超过{MaxDays}天，请改按周或按月。" : $"按周走势的期间不能超过{MaxWeeks}周，请改按月。");
        }

        var names = await directory.GetAsync(ct);
        var before = filter with { From = filter.From.AddYears(-1), To = filter.To.AddYears(-1) };
        var now = await CountByDayAsync(filter, actor, names, ct);
        var then = await CountByDayAsync(before, actor, names, ct);

        var points = Buckets(filter.From, filter.To, query.Grain).Select(b =>
        {
            var count = Sum(now, b.Start, b.End);
            var lastStart = b.Start.AddYears(-1);
            var lastEnd = b.End.AddYears(-1);
            var last = Sum(then, lastStart, lastEnd);
            return new TrendPoint(b.Label, b.Start, b.End, count, last, Change(count, last),
                (filter with { From = b.Start, To = b.End }).ToQueryString(), (filter with { From = lastStart, To = lastEnd }).ToQueryString());
        }).ToList();
        var total = now.Values.Sum();
        var totalBefore = then.Values.Sum();
        return new TrendView(filter.From, filter.To, KebabCase.Of(query.Grain), points, total, totalBefore, Change(total, totalBefore));
    }

    public static decimal? Change(int count, int before) => before == 0 ? null : Math.Round((decimal)(count - before) / before, 4);

    private async Task<Dictionary<DateOnly, int>> CountByDayAsync(AnalysisFilter filter, Actor actor, OrganisationDirectory.Snapshot names, CancellationToken ct) =>
        (await filter.Apply(db, actor, names).AsNoTracking()
            .GroupBy(c => c.ReceivedDay)
            .Select(g => new { Day = g.Key, Count = g.Count() })
            .ToListAsync(ct))
        .ToDictionary(x => ChinaTime.FromDayNumber(x.Day), x => x.Count);

    private static int Sum(Dictionary<DateOnly, int> counts, DateOnly start, DateOnly end) =>
        counts.Where(c => c.Key >= start && c.Key <= end).Sum(c => c.Value);

    /// <summary>The period cut into days, weeks or months; the first and last are clipped to the period.</summary>
    public static IEnumerable<(string Label, DateOnly Start, DateOnly End)> Buckets(DateOnly from, DateOnly to, TrendGrain grain)
    {
        var start = from;
        while (start <= to)
        {
            var end = grain switch
            {
                TrendGrain.Day => start,
                TrendGrain.Week => start.AddDays((7 - ((int)start.DayOfWeek + 6) % 7) - 1),
                _ => new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month)),
            };
            if (end > to)
            {
                end = to;
            }

            var label = grain switch
            {
                TrendGrain.Day => $"{start:yyyy-MM-dd}",
                TrendGrain.Week => $"{System.Globalization.ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue))}-W{System.Globalization.ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):D2}",
                _ => $"{start:yyyy-MM}",
            };
            yield return (label, start, end);
            start = end.AddDays(1);
        }
    }
}
