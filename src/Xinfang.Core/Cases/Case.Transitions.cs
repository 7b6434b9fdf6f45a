using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Calendar;

namespace Xinfang.Core.Cases;

public sealed partial class Case
{
    public void HandleItself(Actor actor, DateTimeOffset now, UnitRef bureau, DeadlinePolicy policy)
    {
        var transition = Guard(CaseAction.HandleItself, actor, now);
        var today = ChinaTime.DateOf(now);
        Disposal = Cases.Disposal.HandleItself;
        AssignUnits(bureau, [], now);
        AcceptDue = policy.Due(today, DeadlineStep.Accept);
        var urgent = UrgentDue(now, DeadlineStep.Accept, AcceptDue.Value, policy);
        SetDue(AcceptDue, DeadlineStep.Accept, urgent);
        var by = urgent is { } at ? $"紧急事项，应于{Format(at)}前" : $"应于{AcceptDue:yyyy-MM-dd}前";
        Record(transition, actor, now, $"由{bureau.Name}直接办理，{by}作出是否受理的决定。", null);
    }

    public void Dispatch(Actor actor, DateTimeOffset now, Disposal mode, UnitRef lead, IReadOnlyList<UnitRef> coUnits, string? note, DeadlinePolicy policy)
    {
        if (mode == Cases.Disposal.HandleItself)
        {
            throw new ArgumentException("Use HandleItself for matters the bureau handles itself.", nameof(mode));
        }

        if (coUnits.Any(u => u.Id == lead.Id))
        {
            throw new RuleViolationException(CaseRules.LeadUnitAmongCoUnits());
        }

        var transition = Guard(CaseAction.Dispatch, actor, now);
        var today = ChinaTime.DateOf(now);
        Disposal = mode;
        AssignUnits(lead, coUnits, now);
        SignDue = policy.Due(today, DeadlineStep.Sign);
        AcceptDue = policy.Due(today, DeadlineStep.Accept);
        var urgent = UrgentDue(now, DeadlineStep.Sign, SignDue.Value, policy);
        SetDue(SignDue, DeadlineStep.Sign, urgent);
        var co = coUnits.Count == 0 ? "" : $"，协办单位：{string.Join("、", coUnits.Select(u => u.Name))}";
        var kind = mode == Cases.Disposal.Assign ? "交办单" : "转送单";
        var limits = urgent is { } at
            ? $"本件为紧急事项，请于{Format(at)}前签收，签收后{policy.Settings.UrgentHours[DeadlineStep.Accept]}小时内作出是否受理的决定并书面告知信访人"
            : $"请于{SignDue:yyyy-MM-dd}前签收，{AcceptDue:yyyy-MM-dd}前作出是否受理的决定并书面告知信访人";
        Record(transition, actor, now, note, new CaseDocument(kind, $"{Number}{CaseNames.Of(mode)}至{lead.Name}（主办）{co}。{limits}。"));
    }

    public void Refuse(Actor actor, DateTimeOffset now, string reason, string properChannel)
    {
        RequireText(reason, "reason", "不予受理的理由");
        RequireText(properChannel, "properChannel", "应当通过的途径");
        var transition = Guard(CaseAction.Refuse, actor, now);
        var today = ChinaTime.DateOf(now);
        AcceptDecidedOn = today;
        AcceptDecidedInTime = today <= (AcceptDue ?? DisposeDue);
        RefusalReason = reason.Trim();
        ProperChannel = properChannel.Trim();
        ClosedOn = today;
        SetDue(null, null);
        Record(transition, actor, now, reason,
            new CaseDocument("不予受理告知书", $"您反映的{Subject}一事，经审查不予受理。理由：{RefusalReason}。请通过以下途径依法解决：{ProperChannel}。"));
    }

    public void Sign(Actor actor, DateTimeOffset now, DeadlinePolicy policy)
    {
        var transition = Guard(CaseAction.Sign, actor, now);
        SetDue(AcceptDue, DeadlineStep.Accept, UrgentDue(now, DeadlineStep.Accept, AcceptDue!.Value, policy));
        Record(transition, actor, now, null, null);
    }

    public void Return(Actor actor, DateTimeOffset now, string reason)
    {
        RequireText(reason, "reason", "退单理由");
        var transition = Guard(CaseAction.Return, actor, now);
        foreach (var unit in _units.Where(u => u.IsCurrent))
        {
            unit.Withdraw();
        }

        LeadUnitId = null;
        Disposal = null;
        SignDue = null;
        AcceptDue = null;
        // The statutory disposal clock keeps running from registration: it does not restart on a return.
        SetDue(DisposeDue, DeadlineStep.Dispose, DisposeDueAt);
        Record(transition, actor, now, reason, null);
    }

    public void Accept(Actor actor, DateTimeOffset now, DeadlinePolicy policy)
    {
        var transition = Guard(CaseAction.Accept, actor, now);
        var today = ChinaTime.DateOf(now);
        AcceptDecidedOn = today;
        AcceptDecidedInTime = today <= AcceptDue;
        ReplyDue = policy.Due(today, DeadlineStep.Reply);
        ReplyDueAt = UrgentDue(now, DeadlineStep.Reply, ReplyDue.Value, policy);
        SetDue(ReplyDue, DeadlineStep.Reply, ReplyDueAt);
        // The petitioner is told the statutory day (an extension letter moves that day); the hour limit is the unit's.
        Record(transition, actor, now, ReplyDueAt is { } at ? $"紧急事项，应于{Format(at)}前办结答复。" : null,
            new CaseDocument("受理告知书", $"您反映的{Subject}一事已于{today:yyyy年M月d日}受理，将于{ReplyDue:yyyy年M月d日}前书面答复。"));
    }

    public void RequestExtension(Actor actor, DateTimeOffset now, int days, string reason, DeadlinePolicy policy)
    {
        RequireText(reason, "reason", "延期理由");
        if (days < 1 || days > policy.Settings.MaxExtensionDays)
        {
            throw new RuleViolationException(CaseRules.ExtensionTooLong(policy.Settings.MaxExtensionDays));
        }

        var transition = Guard(CaseAction.RequestExtension, actor, now);
        Extension = ExtensionState.Requested;
        ExtensionDays = days;
        ExtensionReason = reason.Trim();
        Record(transition, actor, now, $"申请延期{days}日：{ExtensionReason}", null);
    }

    public void ApproveExtension(Actor actor, DateTimeOffset now, DeadlinePolicy policy)
    {
        var transition = Guard(CaseAction.ApproveExtension, actor, now);
        Extension = ExtensionState.Approved;
        ReplyDue = policy.Extend(ReplyDue!.Value, ExtensionDays!.Value);
        // An urgent matter's limit moves by the same number of days; the statutory day moves as the law says.
        ReplyDueAt = ReplyDueAt?.AddDays(ExtensionDays.Value);
        SetDue(ReplyDue, DeadlineStep.Reply, ReplyDueAt);
        Record(transition, actor, now, null,
            new CaseDocument("延期告知书", $"因{ExtensionReason}，经批准办理期限延长{ExtensionDays}日，至{ReplyDue:yyyy年M月d日}。"));
    }

    public void RejectExtension(Actor actor, DateTimeOffset now, string reason)
    {
        RequireText(reason, "reason", "驳回理由");
        var transition = Guard(CaseAction.RejectExtension, actor, now);
        Extension = ExtensionState.Rejected;
        Record(transition, actor, now, reason, null);
    }

    public void Reply(Actor actor, DateTimeOffset now, string text, DeadlinePolicy policy)
    {
        RequireText(text, "text", "答复意见");
        var transition = Guard(CaseAction.Reply, actor, now);
        MarkReplied(now, text);
        GiveReplyToPetitioner(now, policy);
        Record(transition, actor, now, null, new CaseDocument("答复意见书", ReplyText!));
    }

    public void ReportResult(Actor actor, DateTimeOffset now, string text, DeadlinePolicy policy)
    {
        RequireText(text, "text", "办理结果");
        var transition = Guard(CaseAction.ReportResult, actor, now);
        MarkReplied(now, text);
        SetDue(policy.Due(ChinaTime.DateOf(now), DeadlineStep.Callback), DeadlineStep.Callback);
        Record(transition, actor, now, null, new CaseDocument("办理结果报告", ReplyText!));
    }

    public void ApproveResult(Actor actor, DateTimeOffset now, DeadlinePolicy policy)
    {
        var transition = Guard(CaseAction.ApproveResult, actor, now);
        GiveReplyToPetitioner(now, policy);
        Record(transition, actor, now, null, new CaseDocument("答复意见书", ReplyText!));
    }

    public void RejectResult(Actor actor, DateTimeOffset now, string reason)
    {
        RequireText(reason, "reason", "退回理由");
        var transition = Guard(CaseAction.RejectResult, actor, now);
        RepliedOn = null;
        RepliedInTime = null;
        SetDue(ReplyDue, DeadlineStep.Reply, ReplyDueAt);
        Record(transition, actor, now, reason, null);
    }

    public void Callback(Actor actor, DateTimeOffset now, Satisfaction satisfaction, string? note, DeadlinePolicy policy)
    {
        var transition = Guard(CaseAction.Callback, actor, now);
        Satisfaction = satisfaction;
        SetDue(policy.Due(ChinaTime.DateOf(now), DeadlineStep.Callback), DeadlineStep.Callback);
        Record(transition, actor, now, $"回访结果：{CaseNames.Of(satisfaction)}。{note}".TrimEnd(), null);
    }

    public void Close(Actor actor, DateTimeOffset now)
    {
        var transition = Guard(CaseAction.Close, actor, now);
        ClosedOn = ChinaTime.DateOf(now);
        SetDue(null, null);
        Record(transition, actor, now, null, null);
    }

    public void Reopen(Actor actor, DateTimeOffset now, string reason, DeadlinePolicy policy)
    {
        RequireText(reason, "reason", "重办理由");
        var transition = Guard(CaseAction.Reopen, actor, now);
        ReopenCount++;
        ReplyDue = policy.Due(ChinaTime.DateOf(now), DeadlineStep.Redo);
        ReplyDueAt = UrgentDue(now, DeadlineStep.Redo, ReplyDue.Value, policy);
        RepliedOn = null;
        RepliedInTime = null;
        Satisfaction = null;
        SetDue(ReplyDue, DeadlineStep.Redo, ReplyDueAt);
        Record(transition, actor, now, reason, null);
    }

    public void RequestReview(Actor actor, DateTimeOffset now, string reason, DeadlinePolicy policy)
    {
        RequireText(reason, "reason", "复查请求");
        var transition = Guard(CaseAction.RequestReview, actor, now);
        ReviewDue = policy.Due(ChinaTime.DateOf(now), DeadlineStep.ReviewAnswer);
        ClosedOn = null;
        SetDue(ReviewDue, DeadlineStep.ReviewAnswer);
        Record(transition, actor, now, reason, null);
    }

    public void AnswerReview(Actor actor, DateTimeOffset now, string opinion, DeadlinePolicy policy)
    {
        RequireText(opinion, "text", "复查意见");
        var transition = Guard(CaseAction.AnswerReview, actor, now);
        var today = ChinaTime.DateOf(now);
        ReReviewRequestDeadline = policy.Due(today, DeadlineStep.ReReviewRequest);
        ClosedOn = today;
        SetDue(null, null);
        Record(transition, actor, now, null, new CaseDocument("复查意见书", opinion.Trim()));
    }

    public void RequestReReview(Actor actor, DateTimeOffset now, string reason, DeadlinePolicy policy)
    {
        RequireText(reason, "reason", "复核请求");
        var transition = Guard(CaseAction.RequestReReview, actor, now);
        ReReviewDue = policy.Due(ChinaTime.DateOf(now), DeadlineStep.ReReviewAnswer);
        ClosedOn = null;
        SetDue(ReReviewDue, DeadlineStep.ReReviewAnswer);
        Record(transition, actor, now, reason, null);
    }

    public void AnswerReReview(Actor actor, DateTimeOffset now, string opinion)
    {
        RequireText(opinion, "text", "复核意见");
        var transition = Guard(CaseAction.AnswerReReview, actor, now);
        ClosedOn = ChinaTime.DateOf(now);
        SetDue(null, null);
        Record(transition, actor, now, "复核终结：同一事实和理由再次提出的，不再受理。", new CaseDocument("复核意见书", opinion.Trim()));
    }

    /// <summary>指派承办人: the lead unit's head names the person who works the case (again, to reassign); the person was
    /// checked to be one of the unit's active staff by the use case.</summary>
    public void Assign(Actor actor, DateTimeOffset now, int userId, string name, string? note)
    {
        var transition = Guard(CaseAction.Assign, actor, now);
        var lead = LeadUnitRow!; // a unit-held state has its lead unit
        var before = lead.AssigneeName;
        lead.AssignTo(userId, name);
        var what = before is null ? $"指派承办人：{name}" : $"改派承办人：{before} → {name}";
        Record(transition, actor, now, string.IsNullOrWhiteSpace(note) ? what : $"{what}（{note.Trim()}）", null);
    }

    /// <summary>The person the lead unit named for the case, if any.</summary>
    public CaseUnit? LeadUnitRow => _units.FirstOrDefault(u => u.IsCurrent && u.Role == UnitRole.Lead);

    /// <summary>催办: supervision without a change of state.</summary>
    public void Urge(Actor actor, DateTimeOffset now, string note)
    {
        RequireText(note, "note", "催办内容");
        var transition = Guard(CaseAction.Urge, actor, now);
        Record(transition, actor, now, note, new CaseDocument("催办单", note.Trim()));
    }

    /// <summary>督办单: asks the lead unit for a written reply within the given days.</summary>
    public void Supervise(Actor actor, DateTimeOffset now, string note, int days, DeadlinePolicy policy)
    {
        RequireText(note, "note", "督办事项");
        if (days is < 1 or > 30)
        {
            throw new RuleViolationException(CaseRules.SupervisionDaysOutOfRange());
        }

        var transition = Guard(CaseAction.Supervise, actor, now);
        SupervisionReplyDue = policy.Calculator.Due(ChinaTime.DateOf(now), days, Calendar.DayCountMode.Working);
        Record(transition, actor, now, note, new CaseDocument("督办单", $"{note.Trim()}（请于{SupervisionReplyDue:yyyy年M月d日}前书面回复）"));
    }

    public void AnswerSupervision(Actor actor, DateTimeOffset now, string text)
    {
        RequireText(text, "text", "督办回复");
        var transition = Guard(CaseAction.AnswerSupervision, actor, now);
        SupervisionReplyDue = null;
        Record(transition, actor, now, null, new CaseDocument("督办回复", text.Trim()));
    }

    /// <summary>提请领导批示: the case goes on the leaders' desk as a key case.</summary>
    public void Escalate(Actor actor, DateTimeOffset now, string note)
    {
        RequireText(note, "note", "提请批示的理由");
        var transition = Guard(CaseAction.Escalate, actor, now);
        IsEscalated = true;
        IsKeyCase = true;
        Record(transition, actor, now, note, null);
    }

    /// <summary>领导包案: names the leader who owns the case (or changes the owner) without a change of state.
    /// The caller has checked that the user holds the Leader role.</summary>
    public void AssignKeyLeader(Actor actor, DateTimeOffset now, KeyCaseLeader leader, string? note)
    {
        if (KeyCaseLeaderUserId == leader.UserId)
        {
            throw new RuleViolationException(CaseRules.SameKeyLeader(leader.Name));
        }

        var transition = Guard(CaseAction.AssignKeyLeader, actor, now);
        var changed = KeyCaseLeaderUserId is not null;
        IsKeyCase = true;
        KeyCaseLeaderUserId = leader.UserId;
        var text = $"{Number}“{Subject}”列为领导包案事项，由{leader.Name}包案，负责协调督促化解。";
        Record(transition, actor, now, string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            new CaseDocument(changed ? "包案领导变更" : "领导包案", text));
    }

    /// <summary>补录: the registrar adds what the channel's matter lacked. Every remaining gap must be filled; facts the
    /// channel did give are not changed here. <paramref name="summary"/> is the completion as the timeline states it.</summary>
    public void Complete(Actor actor, DateTimeOffset now, CaseCompletion values, string summary)
    {
        var transition = Guard(CaseAction.Complete, actor, now);
        var missing = CaseNames.GapNames(Gaps & ~values.Fills).ToList();
        if (missing.Count > 0)
        {
            throw new RuleViolationException(Error.Validation(missing[0].Field, "validation.required",
                $"请补录{string.Join("、", missing.Select(m => m.Chinese))}。"));
        }

        if (Gaps.HasFlag(IntakeGaps.Category)) CategoryId = values.CategoryId;
        if (Gaps.HasFlag(IntakeGaps.Form)) Form = values.Form;
        if (Gaps.HasFlag(IntakeGaps.StatutoryClass)) StatutoryClass = values.StatutoryClass;
        if (Gaps.HasFlag(IntakeGaps.Place))
        {
            RegionId = values.RegionId;
            VillageId = values.VillageId;
        }

        Gaps = IntakeGaps.None;
        Record(transition, actor, now, $"补录：{summary}。", null);
    }

    public void Instruct(Actor actor, DateTimeOffset now, string text)
    {
        RequireText(text, "text", "批示内容");
        var transition = Guard(CaseAction.Instruct, actor, now);
        Record(transition, actor, now, null, new CaseDocument("领导批示", text.Trim()));
    }

    private void MarkReplied(DateTimeOffset now, string text)
    {
        var today = ChinaTime.DateOf(now);
        ReplyText = text.Trim();
        RepliedOn = today;
        RepliedInTime = today <= ReplyDue;
    }

    private void GiveReplyToPetitioner(DateTimeOffset now, DeadlinePolicy policy)
    {
        var today = ChinaTime.DateOf(now);
        ReviewRequestDeadline = policy.Due(today, DeadlineStep.ReviewRequest);
        SetDue(policy.Due(today, DeadlineStep.Callback), DeadlineStep.Callback);
    }

    private void AssignUnits(UnitRef lead, IReadOnlyList<UnitRef> coUnits, DateTimeOffset now)
    {
        LeadUnitId = lead.Id;
        _units.Add(new CaseUnit(lead.Id, lead.RegionId, UnitRole.Lead, now, ReceivedAt));
        _units.AddRange(coUnits.Select(u => new CaseUnit(u.Id, u.RegionId, UnitRole.Co, now, ReceivedAt)));
    }

    private static void RequireText(string? value, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new RuleViolationException(CaseRules.Required(field, what));
        }
    }

    /// <summary>Fails as <see cref="Guard"/> would, without acting: for use cases that must check the state and
    /// the actor before they look up what the action needs.</summary>
    public void EnsureAllowed(CaseAction action, Actor actor, DateTimeOffset now) => Guard(action, actor, now);

    private Transition Guard(CaseAction action, Actor actor, DateTimeOffset now)
    {
        var transition = CaseTransitions.Find(action, Status)
            ?? throw new RuleViolationException(CaseRules.IllegalTransition(action, Status));
        var error = ActorError(transition, actor) ?? RuleError(action, ChinaTime.DateOf(now), actor);
        return error is null ? transition : throw new RuleViolationException(error);
    }

    private Error? ActorError(Transition transition, Actor actor)
    {
        if (!actor.IsInAny(transition.Roles))
        {
            return CaseRules.RoleNotAllowed(transition.Action, transition.Roles);
        }

        var isSystem = actor.UserId == Actor.System.UserId;
        return transition.Scope == ActorScope.LeadUnit && !isSystem && actor.UnitId != LeadUnitId
            ? CaseRules.NotLeadUnit(transition.Action)
            : null;
    }

    /// <summary>The rules beyond the transition table that decide whether an action may be taken now.</summary>
    private Error? RuleError(CaseAction action, DateOnly today, Actor actor) => action switch
    {
        CaseAction.HandleItself or CaseAction.Dispatch or CaseAction.Accept or CaseAction.Merge when FinalisedPrecedentNumber is not null
            => CaseRules.FinalisedMatter(FinalisedPrecedentNumber),
        CaseAction.HandleItself or CaseAction.Dispatch when Gaps != IntakeGaps.None => CaseRules.Incomplete(Gaps),
        CaseAction.Complete when Gaps == IntakeGaps.None => CaseRules.NothingToComplete(),
        CaseAction.RequestExtension when Extension == ExtensionState.Requested => CaseRules.ExtensionPending(),
        CaseAction.RequestExtension when Extension != ExtensionState.None => CaseRules.ExtensionAlreadyUsed(),
        CaseAction.ApproveExtension or CaseAction.RejectExtension when Extension != ExtensionState.Requested
            => CaseRules.NoPendingExtension(),
        CaseAction.Reply or CaseAction.ReportResult when Extension == ExtensionState.Requested => CaseRules.ExtensionPending(),
        CaseAction.Reply when Disposal == Cases.Disposal.Assign => CaseRules.AssignedCaseMustReportResult(),
        CaseAction.ReportResult when Disposal != Cases.Disposal.Assign => CaseRules.NotAnAssignedCase(),
        CaseAction.Reopen when Satisfaction != Cases.Satisfaction.Unsatisfied => CaseRules.ReopenNeedsUnsatisfied(),
        CaseAction.RequestReview when ReviewRequestDeadline is { } deadline && today > deadline
            => CaseRules.ReviewWindowClosed(deadline),
        CaseAction.RequestReReview when ReReviewRequestDeadline is { } deadline && today > deadline
            => CaseRules.ReReviewWindowClosed(deadline),
        CaseAction.AnswerSupervision when SupervisionReplyDue is null => CaseRules.NoPendingSupervision(),
        // A leader instructs on an escalated case, or on a case they own (包案).
        CaseAction.Instruct when !IsEscalated && KeyCaseLeaderUserId != actor.UserId => CaseRules.NotEscalated(),
        _ => null,
    };

    private void Record(Transition transition, Actor actor, DateTimeOffset now, string? note, CaseDocument? document)
    {
        var from = Status;
        Status = transition.To;
        Version++;
        FollowUnits();

        _events.Add(new CaseEvent(transition.Action.ToString(), from, transition.To, now, actor.UserId, actor.DisplayName, note, document));
    }

    /// <summary>Brings the units' copies in step with the case; the first current unit of each township (the lead
    /// when it is one) is the row the township's figures count.</summary>
    private void FollowUnits()
    {
        var counted = new HashSet<int>();
        foreach (var unit in _units.OrderByDescending(u => u.Role == UnitRole.Lead))
        {
            unit.Follow(this, unit.IsCurrent && unit.RegionId is { } region && counted.Add(region));
        }
    }

    /// <summary>The actions this actor may take on the case now: exactly what a UI should offer.</summary>
    public IReadOnlyList<CaseAction> AvailableActions(Actor actor, DateTimeOffset now)
    {
        var today = ChinaTime.DateOf(now);
        return CaseTransitions.All
            .Where(t => t.From == Status && ActorError(t, actor) is null && RuleError(t.Action, today, actor) is null)
            .Select(t => t.Action)
            .Distinct()
            .ToList();
    }

    /// <summary>Checks the version a client saw before it acts (optimistic concurrency).</summary>
    public void EnsureVersion(int? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != Version)
        {
            throw new RuleViolationException(CaseRules.StaleVersion(expected, Version));
        }
    }
}
