using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
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

public sealed class ThreeRates(XinfangDbContext db, TimeProvider clock)
{
    public async Task<Result<ThreeRatesView>> HandleAsync(ThreeRatesQuery query, Actor actor, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var from = query.From ?? new DateOnly(today.Year, 1, 1);
        var to = query.To ?? today;
        if (to < from)
        {
            return Error.Validation("to", "validation.range", "结束日期不能早于开始日期。");
        }

        var start = ChinaTime.StartOf(from);
        var end = ChinaTime.StartOf(to.AddDays(1));
        var cases = db.Cases.AsNoTracking().VisibleTo(actor.Scope).Where(c => c.ReceivedAt >= start && c.ReceivedAt < end);
        if (query.Unit is { } unit)
        {
            cases = cases.Where(c => c.LeadUnitId == unit);
        }

        // One row per combination of facts (a few dozen), counted by the database; the sums are done here.
        var groups = await cases
            .GroupBy(c => new { c.RateFacts, AcceptOverdue = c.AcceptDue < today, ReplyOverdue = c.ReplyDue < today })
            .Select(g => new { g.Key.RateFacts, g.Key.AcceptOverdue, g.Key.ReplyOverdue, Count = g.Count() })
            .ToListAsync(ct);

        int Sum(Func<RateFacts, bool, bool, bool> counts) =>
            groups.Where(g => counts(g.RateFacts, g.AcceptOverdue, g.ReplyOverdue)).Sum(g => g.Count);

        var acceptDecided = Sum((f, _, _) => f.HasFlag(RateFacts.AcceptDecided));
        var acceptMissing = Sum((f, acceptOverdue, _) => !f.HasFlag(RateFacts.AcceptDecided) && acceptOverdue);
        var replied = Sum((f, _, _) => f.HasFlag(RateFacts.Replied));
        var replyMissing = Sum((f, _, replyOverdue) => !f.HasFlag(RateFacts.Replied) && replyOverdue);
        var rated = Sum((f, _, _) => f.HasFlag(RateFacts.Rated));
        return new ThreeRatesView(from, to, query.Unit, groups.Sum(g => g.Count),
            new Rate(Sum((f, _, _) => f.HasFlag(RateFacts.AcceptInTime)), acceptDecided + acceptMissing),
            new Rate(Sum((f, _, _) => f.HasFlag(RateFacts.RepliedInTime)), replied + replyMissing),
            new Rate(Sum((f, _, _) => f.HasFlag(RateFacts.Satisfied)), rated),
            new Rate(rated, Sum((f, _, _) => f.HasFlag(RateFacts.Answered))));
    }
}
