using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Calendar;

namespace Xinfang.Core.Cases.Features;

/// <summary>The parameters any transition may need; each action reads the ones it uses.</summary>
public sealed record CaseActionRequest(
    int? ExpectedVersion = null,
    string? Reason = null,
    string? Text = null,
    string? ProperChannel = null,
    int? Days = null,
    Satisfaction? Satisfaction = null,
    Disposal? Mode = null,
    int? LeadUnitId = null,
    IReadOnlyList<int>? CoUnitIds = null,
    string? Note = null,
    int? LeaderUserId = null,
    int? HandlerUserId = null,
    CaseForm? Form = null,
    StatutoryClass? StatutoryClass = null,
    int? CategoryId = null,
    int? RegionId = null,
    int? VillageId = null,
    string? Into = null);

/// <summary>Runs one named transition on a case: scope, version, then the aggregate's own rules.
/// Every failure is a result with a code and a Chinese message; nothing is saved unless it succeeds. Documents
/// that come with the action (答复意见书, 办理结果报告 …) are filed under its timeline step in the same save.</summary>
public sealed class PerformCaseAction(XinfangDbContext db, TimeProvider clock, DeadlinePolicy policy, AttachmentSettings attachmentSettings,
    CaseDetailViews views, IEnumerable<ICaseStepObserver> observers, OrganisationDirectory directory)
{
    public Task<Result<CaseDetailView>> HandleAsync(string caseKey, CaseAction action, CaseActionRequest request, Actor actor,
        CaseViewUse use = CaseViewUse.Shown, CancellationToken ct = default) =>
        HandleAsync(caseKey, action, request, [], actor, use, ct);

    /// <param name="use">Whether the caller shows the returned view (an API answer does; a page that reloads the case
    /// through <see cref="GetCase"/>, or shows only a notice, does not): only a shown view is recorded as a read.</param>
    public async Task<Result<CaseDetailView>> HandleAsync(string caseKey, CaseAction action, CaseActionRequest request, IReadOnlyList<AttachmentUpload> attachments,
        Actor actor, CaseViewUse use = CaseViewUse.Shown, CancellationToken ct = default)
    {
        var @case = await CaseLoader.LoadByNumberOrIdAsync(db, caseKey, ct);
        if (@case is null)
        {
            return Error.NotFound("case.not_found", $"信访事项 {caseKey} 不存在。");
        }

        if (!actor.Scope.CanSee(@case))
        {
            return CaseAccess.OutOfScope();
        }

        var (files, fileErrors) = AttachmentRules.Check(attachments, attachmentSettings);
        if (fileErrors.Count > 0)
        {
            return Result.Failure<CaseDetailView>([.. fileErrors]);
        }

        if (files.Count > 0 && AttachmentRules.RoleError(actor) is { } roleError)
        {
            return roleError;
        }

        var now = clock.GetUtcNow();
        try
        {
            @case.EnsureVersion(request.ExpectedVersion);
            var steps = @case.Events.Count;
            var before = @case.Status;
            var failure = await ApplyAsync(@case, action, request, actor, now, ct);
            if (failure is not null)
            {
                return failure;
            }

            if (files.Count > 0)
            {
                var step = @case.Events.Count > steps ? @case.Events[^1] : throw new InvalidOperationException($"{action} recorded no timeline step.");
                @case.Attach(step, files, actor, now, attachmentSettings.MaxFilesPerAction);
            }

            foreach (var observer in observers)
            {
                await observer.StepTakenAsync(@case, action, before, ct);
            }

            await db.SaveChangesAsync(ct);
            return use == CaseViewUse.Shown ? await views.ShowAsync(@case, actor, ct) : await views.EchoAsync(@case, actor, ct);
        }
        catch (RuleViolationException violation)
        {
            return violation.Error;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("case.stale_version", "该事项已被他人同时更新，请刷新后重试。");
        }
    }

    private async Task<Error?> ApplyAsync(Case @case, CaseAction action, CaseActionRequest r, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        switch (action)
        {
            case CaseAction.HandleItself:
                var bureau = await db.Units.AsNoTracking().FirstAsync(u => u.Kind == UnitKind.Bureau, ct);
                @case.HandleItself(actor, now, new UnitRef(bureau.Id, bureau.RegionId, bureau.Name), policy);
                break;
            case CaseAction.Dispatch:
                if (r.Mode is not (Disposal.Forward or Disposal.Assign))
                {
                    return Error.Validation("mode", "validation.required", "请选择处理方式：转送（Forward）或交办（Assign）。");
                }

                var (lead, coUnits, error) = await ResolveUnitsAsync(r, ct);
                if (error is not null)
                {
                    return error;
                }

                @case.Dispatch(actor, now, r.Mode.Value, lead!, coUnits, r.Note, policy);
                break;
            case CaseAction.Refuse:
                @case.Refuse(actor, now, r.Reason ?? "", r.ProperChannel ?? "");
                break;
            case CaseAction.Merge:
                if (string.IsNullOrWhiteSpace(r.Into))
                {
                    return Error.Validation("into", "validation.required", "请填写并入的事项编号。");
                }

                var target = await CaseLoader.LoadByNumberOrIdAsync(db, r.Into.Trim(), ct);
                if (target is null || !actor.Scope.CanSee(target))
                {
                    return Error.Validation("into", "validation.not_found", $"事项 {r.Into.Trim()} 不存在或不在您的权限范围内。");
                }

                @case.MergeInto(target, actor, now, r.Note);
                break;
            case CaseAction.Sign:
                @case.Sign(actor, now, policy);
                break;
            case CaseAction.Return:
                @case.Return(actor, now, r.Reason ?? "");
                break;
            case CaseAction.Accept:
                @case.Accept(actor, now, policy);
                break;
            case CaseAction.RequestExtension:
                if (r.Days is null)
                {
                    return Error.Validation("days", "validation.required", "请填写延期天数。");
                }

                @case.RequestExtension(actor, now, r.Days.Value, r.Reason ?? "", policy);
                break;
            case CaseAction.ApproveExtension:
                @case.ApproveExtension(actor, now, policy);
                break;
            case CaseAction.RejectExtension:
                @case.RejectExtension(actor, now, r.Reason ?? "");
                break;
            case CaseAction.Reply:
                @case.Reply(actor, now, r.Text ?? "", policy);
                break;
            case CaseAction.ReportResult:
                @case.ReportResult(actor, now, r.Text ?? "", policy);
                break;
            case CaseAction.ApproveResult:
                @case.ApproveResult(actor, now, policy);
                break;
            case CaseAction.RejectResult:
                @case.RejectResult(actor, now, r.Reason ?? "");
                break;
            case CaseAction.Callback:
                if (r.Satisfaction is null)
                {
                    return Error.Validation("satisfaction", "validation.required", "请选择回访满意度（满意/基本满意/不满意）。");
                }

                @case.Callback(actor, now, r.Satisfaction.Value, r.Note, policy);
                break;
            case CaseAction.Close:
                @case.Close(actor, now);
                break;
            case CaseAction.Reopen:
                @case.Reopen(actor, now, r.Reason ?? "", policy);
                break;
            case CaseAction.RequestReview:
                @case.RequestReview(actor, now, r.Reason ?? "", policy);
                break;
            case CaseAction.AnswerReview:
                @case.AnswerReview(actor, now, r.Text ?? "", policy);
                break;
            case CaseAction.RequestReReview:
                @case.RequestReReview(actor, now, r.Reason ?? "", policy);
                break;
            case CaseAction.AnswerReReview:
                @case.AnswerReReview(actor, now, r.Text ?? "");
                break;
            case CaseAction.Urge:
                @case.Urge(actor, now, r.Note ?? r.Text ?? "");
                break;
            case CaseAction.Supervise:
                @case.Supervise(actor, now, r.Note ?? "", r.Days ?? 5, policy);
                break;
            case CaseAction.AnswerSupervision:
                @case.AnswerSupervision(actor, now, r.Text ?? "");
                break;
            case CaseAction.Escalate:
                @case.Escalate(actor, now, r.Note ?? "");
                break;
            case CaseAction.Instruct:
                @case.Instruct(actor, now, r.Text ?? "");
                break;
            case CaseAction.AssignKeyLeader:
                @case.EnsureAllowed(action, actor, now); // the role and state first, then the chosen leader
                if (r.LeaderUserId is not { } leaderId || await DistrictLeaders.FindAsync(db, leaderId, ct) is not { } leader)
                {
                    return CaseRules.NotALeader();
                }

                @case.AssignKeyLeader(actor, now, new KeyCaseLeader(leader.UserId, leader.Name), r.Note);
                break;
            case CaseAction.Assign:
                @case.EnsureAllowed(action, actor, now); // the role, state and unit first, then the person
                if (r.HandlerUserId is not { } handlerId || await UnitHandlers.FindAsync(db, @case.LeadUnitId!.Value, handlerId, ct) is not { } person)
                {
                    return CaseRules.NotTheUnitsHandler();
                }

                @case.Assign(actor, now, person.UserId, person.Name, r.Note);
                break;
            case CaseAction.Complete:
                @case.EnsureAllowed(action, actor, now); // the role and state first, then the values
                var (values, summary, invalid) = CompletionCheck.Check(@case, r, await directory.GetAsync(ct));
                if (invalid is not null)
                {
                    return invalid;
                }

                @case.Complete(actor, now, values, summary);
                // Registration could not look for a finalised matter without the category: it is done now.
                var hashes = @case.Petitioners.SelectMany(p => new[] { p.IdNumberHash, p.PhoneHash }).OfType<string>().ToList();
                if (@case.CategoryId is { } category && await Duplicates.FinalisedMatterFinder.FindAsync(db, category, @case.Content, hashes, ct) is { } precedent)
                {
                    @case.MarkFinalisedPrecedent(precedent, actor, now);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown case action.");
        }

        return null;
    }

    private async Task<(UnitRef? Lead, IReadOnlyList<UnitRef> CoUnits, Error? Error)> ResolveUnitsAsync(CaseActionRequest r, CancellationToken ct)
    {
        if (r.LeadUnitId is null)
        {
            return (null, [], Error.Validation("leadUnitId", "validation.required", "请选择主办单位。"));
        }

        var ids = (r.CoUnitIds ?? []).Append(r.LeadUnitId.Value).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        if (!units.TryGetValue(r.LeadUnitId.Value, out var lead) || !lead.IsActive)
        {
            return (null, [], Error.Validation("leadUnitId", "validation.not_found", $"主办单位 {r.LeadUnitId} 不存在或已停用。"));
        }

        if (lead.SeesWholeDistrict)
        {
            return (null, [], Error.Validation("leadUnitId", "case.lead_is_bureau", "主办单位应为乡镇（街道）、区属部门或企事业单位；信访局直接办理请选择“自办”。"));
        }

        var missing = (r.CoUnitIds ?? []).Where(id => !units.TryGetValue(id, out var unit) || !unit.IsActive).ToList();
        if (missing.Count > 0)
        {
            return (null, [], Error.Validation("coUnitIds", "validation.not_found", $"协办单位 {string.Join("、", missing)} 不存在或已停用。"));
        }

        if ((r.CoUnitIds ?? []).Contains(r.LeadUnitId.Value))
        {
            return (null, [], CaseRules.LeadUnitAmongCoUnits());
        }

        var coUnits = (r.CoUnitIds ?? []).Distinct().Select(id => units[id]).Select(u => new UnitRef(u.Id, u.RegionId, u.Name)).ToList();
        return (new UnitRef(lead.Id, lead.RegionId, lead.Name), coUnits, null);
    }
}
