using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases.Duplicates;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Cases.Features;

public sealed record DuplicateCandidateView(long Id, Guid OtherCaseId, string OtherNumber, string OtherSubject, string OtherStatus,
    DuplicateReason Reason, string ReasonName, double Score, string Detail, DuplicateDecision? Decision, string? DecisionName, string? DecidedBy);

public sealed record DuplicateDecisionRequest(DuplicateDecision? Decision);

/// <summary>可能重复的事项 of a case as the registrar and dispatcher see them, and their decision: the same matter or a repeat
/// petition (both timelines say so; a repeat is flagged and counts in the indicators), a merge (this case joins the other,
/// which continues — the 并案 step, with its rules), or not related.</summary>
public sealed class DuplicateCandidates(XinfangDbContext db, TimeProvider clock, PerformCaseAction perform)
{
    public static readonly IReadOnlyList<string> Deciders = [Roles.Registrar, Roles.Dispatcher, Roles.Supervisor];

    public async Task<Result<IReadOnlyList<DuplicateCandidateView>>> ListAsync(Guid caseId, Actor actor, CancellationToken ct = default)
    {
        var @case = await CaseLoader.LoadAsync(db, caseId, ct);
        if (@case is null)
        {
            return Error.NotFound("case.not_found", "信访事项不存在。");
        }

        if (!actor.Scope.CanSee(@case))
        {
            return CaseAccess.OutOfScope();
        }

        var cases = db.Cases.AsNoTracking().VisibleTo(actor.Scope);
        var rows = await db.DuplicateCandidates.AsNoTracking().Where(d => d.CaseId == caseId)
            .Join(cases, d => d.OtherCaseId, c => c.Id, (d, c) => new { d, c.Subject, c.Status })
            .OrderByDescending(x => x.d.Score).ThenBy(x => x.d.Id).ToListAsync(ct);
        return rows.Select(x => new DuplicateCandidateView(x.d.Id, x.d.OtherCaseId, x.d.OtherNumber, x.Subject, CaseNames.Of(x.Status), x.d.Reason,
            DuplicateCandidate.Name(x.d.Reason), x.d.Score, x.d.Detail, x.d.Decision, x.d.Decision is { } decision ? DuplicateCandidate.Name(decision) : null,
            x.d.DecidedBy)).ToList();
    }

    public async Task<Result<IReadOnlyList<DuplicateCandidateView>>> DecideAsync(Guid caseId, long candidateId, DuplicateDecisionRequest request, Actor actor,
        CancellationToken ct = default)
    {
        if (!actor.IsInAny(Deciders))
        {
            return Error.Forbidden("duplicate.decide_forbidden", "只有登记员、派单员或督办人员可以认定重复件。");
        }

        if (request.Decision is not { } decision || !Enum.IsDefined(decision))
        {
            return Error.Validation("decision", "validation.required", "请选择：SameMatter（同一事项）、Repeat（重复信访）、Merge（并案）或 NotRelated（不相关）。");
        }

        var candidate = await db.DuplicateCandidates.FirstOrDefaultAsync(d => d.Id == candidateId && d.CaseId == caseId, ct);
        var @case = await CaseLoader.LoadAsync(db, caseId, ct);
        if (candidate is null || @case is null)
        {
            return Error.NotFound("duplicate.not_found", "没有这条可能重复的记录。");
        }

        if (!actor.Scope.CanSee(@case))
        {
            return CaseAccess.OutOfScope();
        }

        if (candidate.Decision is not null)
        {
            return Error.Conflict("duplicate.decided", $"已由{candidate.DecidedBy}认定为“{DuplicateCandidate.Name(candidate.Decision.Value)}”。");
        }

        var now = clock.GetUtcNow();
        candidate.Decide(decision, actor.DisplayName, now);
        if (decision == DuplicateDecision.Merge)
        {
            // The 并案 step saves the decision with it (one context, one save), or nothing when its rules refuse.
            var merged = await perform.HandleAsync(caseId.ToString(), CaseAction.Merge, new CaseActionRequest(Into: candidate.OtherNumber), actor,
                CaseViewUse.NotShown, ct);
            return merged.IsSuccess ? await ListAsync(caseId, actor, ct) : Result.Failure<IReadOnlyList<DuplicateCandidateView>>([.. merged.Errors]);
        }

        if (decision != DuplicateDecision.NotRelated)
        {
            var other = await CaseLoader.LoadAsync(db, candidate.OtherCaseId, ct);
            @case.LinkRelated(candidate.OtherNumber, repeat: decision == DuplicateDecision.Repeat, actor, now);
            other?.LinkRelated(@case.Number, repeat: false, actor, now);
        }

        await db.SaveChangesAsync(ct);
        return await ListAsync(caseId, actor, ct);
    }
}
