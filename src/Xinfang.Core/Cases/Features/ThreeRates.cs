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
    private static readonly CaseStatus[] Answered =
        [CaseStatus.Replied, CaseStatus.CalledBack, CaseStatus.Closed, CaseStatus.InReview, CaseStatus.Reviewed, CaseStatus.InReReview, CaseStatus.Final];

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

        var totals = await cases
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Cases = g.Count(),
                AcceptInTime = g.Sum(c => c.AcceptDecidedInTime == true ? 1 : 0),
                AcceptDecided = g.Sum(c => c.AcceptDecidedOn != null ? 1 : 0),
                AcceptMissing = g.Sum(c => c.AcceptDecidedOn == null && c.AcceptDue < today ? 1 : 0),
                ReplyInTime = g.Sum(c => c.RepliedInTime == true ? 1 : 0),
                Replied = g.Sum(c => c.RepliedOn != null ? 1 : 0),
                ReplyMissing = g.Sum(c => c.RepliedOn == null && c.ReplyDue < today ? 1 : 0),
                Satisfied = g.Sum(c => c.Satisfaction == Cases.Satisfaction.Satisfied || c.Satisfaction == Cases.Satisfaction.FairlySatisfied ? 1 : 0),
                Rated = g.Sum(c => c.Satisfaction != null ? 1 : 0),
                Answered = g.Sum(c => Answered.Contains(c.Status) ? 1 : 0),
            })
            .FirstOrDefaultAsync(ct);

        if (totals is null)
        {
            return new ThreeRatesView(from, to, query.Unit, 0, new(0, 0), new(0, 0), new(0, 0), new(0, 0));
        }

        return new ThreeRatesView(from, to, query.Unit, totals.Cases,
            new Rate(totals.AcceptInTime, totals.AcceptDecided + totals.AcceptMissing),
            new Rate(totals.ReplyInTime, totals.Replied + totals.ReplyMissing),
            new Rate(totals.Satisfied, totals.Rated),
            new Rate(totals.Rated, totals.Answered));
    }
}
