using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Cases.Features;

/// <summary>The cases of a period that carry one flag, and their three rates. <see cref="Flag"/> is the list filter that
/// lists the same cases (<c>GET /api/cases?{Flag}=true</c>, <c>skipLevel=any</c>).</summary>
public sealed record FlagRates(string Flag, string Name, ThreeRatesView Rates);

/// <summary>
/// Flags that count (SPEC §1.5, §1.7): for 集体访, 越级访, 异常场所, 重复访, 重点事项, 敏感期 and 紧急, how many of the
/// period's cases (within the reader's scope, or of one unit) carry it and their three rates — one grouped query; the
/// flags of a case overlap, so the rows do not add up to the period's total.
/// </summary>
public sealed class ThreeRatesByFlag(XinfangDbContext db, TimeProvider clock)
{
    public static readonly IReadOnlyList<(string Flag, string Name)> Flags =
    [
        ("collective", "集体访"), ("skipLevel", "越级访"), ("abnormalVenue", "异常场所"), ("repeat", "重复访"), ("keyCase", "重点事项"),
        ("sensitivePeriod", "敏感期"), ("urgent", "紧急"),
    ];

    public async Task<Result<IReadOnlyList<FlagRates>>> HandleAsync(ThreeRatesQuery query, Actor actor, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var from = query.From ?? new DateOnly(today.Year, 1, 1);
        var to = query.To ?? today;
        if (to < from)
        {
            return Error.Validation("to", "validation.range", "结束日期不能早于开始日期。");
        }

        var (start, end) = (ChinaTime.StartOf(from), ChinaTime.StartOf(to.AddDays(1)));
        var cases = db.Cases.AsNoTracking().Where(c => c.ReceivedAt >= start && c.ReceivedAt < end);
        if (CaseScope.UnitRows(db, actor.Scope) is { } copies)
        {
            var mine = copies.Where(u => u.ReceivedAt >= start && u.ReceivedAt < end).Select(u => u.CaseId);
            cases = cases.Where(c => mine.Contains(c.Id));
        }

        if (query.Unit is { } unit)
        {
            cases = cases.Where(c => c.Units.Any(u => u.IsCurrent && u.UnitId == unit));
        }

        var groups = await cases
            .GroupBy(c => new
            {
                c.IsCollective, SkipLevel = c.SkipLevel != SkipLevel.None, c.AbnormalVenue, c.IsRepeat, c.IsKeyCase, c.SensitivePeriod, c.IsUrgent,
                c.RateFacts, AcceptOverdue = c.AcceptDue < today, ReplyOverdue = c.ReplyDue < today,
            })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);

        var rows = new List<FlagRates>();
        foreach (var (flag, name) in Flags)
        {
            var counts = groups.Where(g => flag switch
                {
                    "collective" => g.Key.IsCollective,
                    "skipLevel" => g.Key.SkipLevel,
                    "abnormalVenue" => g.Key.AbnormalVenue,
                    "repeat" => g.Key.IsRepeat,
                    "keyCase" => g.Key.IsKeyCase,
                    "sensitivePeriod" => g.Key.SensitivePeriod,
                    _ => g.Key.IsUrgent,
                })
                .Select(g => new RateFactCount(0, g.Key.RateFacts, g.Key.AcceptOverdue, g.Key.ReplyOverdue, g.Count));
            rows.Add(new FlagRates(flag, name, ThreeRates.Total(counts, from, to, query.Unit)));
        }

        return rows;
    }
}
