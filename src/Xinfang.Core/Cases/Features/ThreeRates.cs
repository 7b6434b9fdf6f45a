using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Cases.Features;

public sealed record Rate(int Numerator, int Denominator)
{
    /// <summary>The share as a fraction, null when there is nothing to measure.</summary>
    public decimal? Value => Denominator == 0 ? null : Math.Round((decimal)Numerator / Denominator, 4);
}

/// <summary>信访"三率" over the cases received in a period (SPEC §1.7):
/// <list type="bullet">
/// <item>及时受理率 = decisions (accept or refuse) made by their deadline / (decisions made + decisions overdue and still missing)</item>
/// <item>按期办结率 = replies given by the reply deadline (extension included) / (replies given + replies overdue and still missing)</item>
/// <item>群众满意率 = (满意 + 基本满意) / cases rated; 参评率 = cases rated / cases answered</item>
/// </list></summary>
public sealed record ThreeRatesView(DateOnly From, DateOnly To, int? UnitId, int Cases, Rate TimelyAcceptance, Rate OnTimeClosure, Rate Satisfaction, Rate Participation);

public sealed record ThreeRatesQuery(DateOnly? From, DateOnly? To, int? Unit);

/// <summary>The three rates of a period and of each month in it.</summary>
public sealed record ThreeRatesByMonth(ThreeRatesView Period, IReadOnlyList<MonthRates> Months);

public sealed record MonthRates(string Month, ThreeRatesView Rates);

public sealed class ThreeRates(XinfangDbContext db, TimeProvider clock)
{
    /// <summary>One grouped query: the database counts the period's cases by month and rate facts (a few hundred
    /// rows); the rates are summed here.</summary>
    public async Task<Result<ThreeRatesView>> HandleAsync(ThreeRatesQuery query, Actor actor, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var period = PeriodOf(query, today);
        if (!period.IsSuccess)
        {
            return Result.Failure<ThreeRatesView>([.. period.Errors]);
        }

        var (from, to) = period.Value;

        var start = ChinaTime.StartOf(from);
        var end = ChinaTime.StartOf(to.AddDays(1));
        var counts = await RateRows.Of(db, actor.Scope, query.Unit)
            .Where(r => r.ReceivedAt >= start && r.ReceivedAt < end)
            .GroupBy(r => new { r.ReceivedMonth, r.RateFacts, AcceptOverdue = r.AcceptDue < today, ReplyOverdue = r.ReplyDue < today })
            .Select(g => new RateFactCount(g.Key.ReceivedMonth, g.Key.RateFacts, g.Key.AcceptOverdue, g.Key.ReplyOverdue, g.Count()))
            .ToListAsync(ct);
        return Total(counts, from, to, query.Unit);
    }

    /// <summary>The period asked for: from the first of this year to today unless given; never backwards.</summary>
    internal static Result<(DateOnly From, DateOnly To)> PeriodOf(ThreeRatesQuery query, DateOnly today)
    {
        var from = query.From ?? new DateOnly(today.Year, 1, 1);
        var to = query.To ?? today;
        return to < from ? Error.Validation("to", "validation.range", "结束日期不能早于开始日期。") : (from, to);
    }

    /// <summary>The period's and each month's rates from the counts of cases by month and rate facts.</summary>
    public static ThreeRatesByMonth Summarise(IReadOnlyList<RateFactCount> counts, DateOnly from, DateOnly to, int? unit)
    {
        var months = new List<MonthRates>();
        var count = (to.Year - from.Year) * 12 + to.Month - from.Month + 1;
        for (var i = 0; i < count; i++)
        {
            var month = new DateOnly(from.Year, from.Month, 1).AddMonths(i);
            var number = ChinaTime.MonthNumber(month);
            var monthEnd = new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));
            months.Add(new MonthRates($"{month:yyyy-MM}",
                Total(counts.Where(g => g.Month == number), month < from ? from : month, monthEnd > to ? to : monthEnd, unit)));
        }

        return new ThreeRatesByMonth(Total(counts, from, to, unit), months);
    }

    public static ThreeRatesView Total(IEnumerable<RateFactCount> counts, DateOnly from, DateOnly to, int? unit)
    {
        var list = counts.ToList();
        int Count(Func<RateFactCount, bool> counted) => list.Where(counted).Sum(g => g.Count);
        bool Has(RateFactCount g, RateFacts fact) => g.Facts.HasFlag(fact);

        var acceptDecided = Count(g => Has(g, RateFacts.AcceptDecided));
        var acceptMissing = Count(g => !Has(g, RateFacts.AcceptDecided) && g.AcceptOverdue);
        var replied = Count(g => Has(g, RateFacts.Replied));
        var replyMissing = Count(g => !Has(g, RateFacts.Replied) && g.ReplyOverdue);
        var rated = Count(g => Has(g, RateFacts.Rated));
        return new ThreeRatesView(from, to, unit, list.Sum(g => g.Count),
            new Rate(Count(g => Has(g, RateFacts.AcceptInTime)), acceptDecided + acceptMissing),
            new Rate(Count(g => Has(g, RateFacts.RepliedInTime)), replied + replyMissing),
            new Rate(Count(g => Has(g, RateFacts.Satisfied)), rated),
            new Rate(rated, Count(g => Has(g, RateFacts.Answered))));
    }
}

/// <summary>How many cases received in a month share the same rate facts and lapsed deadlines.</summary>
public sealed record RateFactCount(int Month, RateFacts Facts, bool AcceptOverdue, bool ReplyOverdue, int Count);
