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
    /// <summary>Each flag: its list filter, its name, and whether a counted group carries it.</summary>
    public static readonly IReadOnlyList<(string Flag, string Name, Func<FlagGroup, bool> Has)> Flags =
    [
        ("collective", "集体访", g => g.Collective), ("skipLevel", "越级访", g => g.SkipLevel), ("abnormalVenue", "异常场所", g => g.AbnormalVenue),
        ("repeat", "重复访", g => g.Repeat), ("keyCase", "重点事项", g => g.KeyCase), ("sensitivePeriod", "敏感期", g => g.SensitivePeriod),
        ("urgent", "紧急", g => g.Urgent),
    ];

    /// <summary>How many of the period's cases share one combination of flags and rate facts.</summary>
    public sealed record FlagGroup(bool Collective, bool SkipLevel, bool AbnormalVenue, bool Repeat, bool KeyCase, bool SensitivePeriod, bool Urgent,
        RateFacts Facts, bool AcceptOverdue, bool ReplyOverdue, int Count);

    public async Task<Result<IReadOnlyList<FlagRates>>> HandleAsync(ThreeRatesQuery query, Actor actor, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var period = ThreeRates.PeriodOf(query, today);
        if (!period.IsSuccess)
        {
            return Result.Failure<IReadOnlyList<FlagRates>>([.. period.Errors]);
        }

        var (from, to) = period.Value;
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
            .Select(g => new FlagGroup(g.Key.IsCollective, g.Key.SkipLevel, g.Key.AbnormalVenue, g.Key.IsRepeat, g.Key.IsKeyCase, g.Key.SensitivePeriod,
                g.Key.IsUrgent, g.Key.RateFacts, g.Key.AcceptOverdue, g.Key.ReplyOverdue, g.Count()))
            .ToListAsync(ct);
        return Flags.Select(f => new FlagRates(f.Flag, f.Name, ThreeRates.Total(
                groups.Where(f.Has).Select(g => new RateFactCount(0, g.Facts, g.AcceptOverdue, g.ReplyOverdue, g.Count)), from, to, query.Unit)))
            .ToList();
    }
}
