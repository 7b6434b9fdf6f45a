using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Cases.Features;

/// <summary>
/// A work queue within a data scope. The queue is defined once, by status and deadline; for the whole district
/// it is read from the cases, for a unit or a township from the units' copies of status and deadline
/// (CaseUnit), whose index holds exactly that — so a township's queue does not scan the district's cases.
/// </summary>
public static class CaseQueues
{
    private sealed record Spec(CaseStatus[]? Statuses, bool Overdue = false, bool DueSoon = false, bool ToComplete = false);

    private static Spec SpecOf(CaseQueue queue) => queue switch
    {
        CaseQueue.ToDispose => new([CaseStatus.Registered]),
        CaseQueue.ToSign => new([CaseStatus.Dispatched]),
        CaseQueue.ToAccept => new([CaseStatus.AwaitingAcceptance]),
        CaseQueue.InProgress => new([CaseStatus.InProgress, CaseStatus.ResultReported]),
        CaseQueue.ToCallBack => new([CaseStatus.Replied]),
        CaseQueue.InReview => new([CaseStatus.InReview, CaseStatus.InReReview]),
        CaseQueue.Overdue => new(null, Overdue: true),
        CaseQueue.DueSoon => new(null, DueSoon: true),
        CaseQueue.ToComplete => new([CaseStatus.Registered], ToComplete: true),
        _ => new(null),
    };

    public static IQueryable<Case> Cases(XinfangDbContext db, DataScope scope, CaseQueue queue, DateTimeOffset now, int dueSoonDays)
    {
        if (UnitRows(db, scope, queue, now, dueSoonDays) is { } units)
        {
            var ids = units.Select(u => u.CaseId);
            return db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id));
        }

        var spec = SpecOf(queue);
        var cases = db.Cases.AsNoTracking();
        if (spec.Statuses is { } statuses) cases = cases.Where(c => statuses.Contains(c.Status));
        if (spec.Overdue) cases = cases.Where(Deadlines.Overdue<Case>(now));
        if (spec.DueSoon) cases = cases.Where(Deadlines.DueSoon<Case>(now, dueSoonDays));
        if (spec.ToComplete) cases = cases.Where(c => c.Gaps != IntakeGaps.None);
        return cases;
    }

    /// <summary>Each lead unit's overdue cases among <paramref name="cases"/>: how many, and the earliest deadline (how
    /// long the worst one is late). Shared by the supervision board and the leader dashboard.</summary>
    public static IQueryable<UnitOverdue> OverdueByLeadUnit(IQueryable<Case> cases, DateTimeOffset now) => cases
        .Where(c => c.LeadUnitId != null).Where(Deadlines.Overdue<Case>(now))
        .GroupBy(c => c.LeadUnitId!.Value)
        .Select(g => new UnitOverdue(g.Key, g.Count(), g.Min(c => c.DueDate)!.Value));

    /// <summary>For a unit or a township, the queue as rows of <see cref="CaseUnit"/>, one per case (a township
    /// counts the row marked <see cref="CaseUnit.CountsForTownship"/>), so it can be counted and paged on that
    /// table's index; null district-wide.</summary>
    public static IQueryable<CaseUnit>? UnitRows(XinfangDbContext db, DataScope scope, CaseQueue queue, DateTimeOffset now, int dueSoonDays)
    {
        if (CaseScope.UnitRows(db, scope) is not { } units)
        {
            return null;
        }

        var spec = SpecOf(queue);
        if (spec.Statuses is { } statuses) units = units.Where(u => statuses.Contains(u.CaseStatus));
        if (spec.Overdue) units = units.Where(Deadlines.Overdue<CaseUnit>(now));
        if (spec.DueSoon) units = units.Where(Deadlines.DueSoon<CaseUnit>(now, dueSoonDays));
        // 补录 happens before a case reaches any unit: a unit's or township's queue of it is empty.
        if (spec.ToComplete) units = units.Where(u => false);
        return units;
    }
}

public sealed record UnitOverdue(int UnitId, int Count, DateOnly Earliest);
