using Xinfang.Core.Common;

namespace Xinfang.Core.Cases;

/// <summary>The named business rules of the case lifecycle, each with a stable code and a Chinese message.</summary>
public static class CaseRules
{
    public static Error IllegalTransition(CaseAction action, CaseStatus status) => Error.Rule(
        "case.illegal_transition",
        $"当前状态为“{CaseNames.Of(status)}”，不能执行“{CaseActionNames.Chinese(action)}”。");

    public static Error RoleNotAllowed(CaseAction action, IEnumerable<string> roles) => Error.Forbidden(
        "case.role_not_allowed",
        $"“{CaseActionNames.Chinese(action)}”只能由{string.Join("、", roles.Select(Identity.Roles.ChineseName))}办理。");

    public static Error NotLeadUnit(CaseAction action) => Error.Forbidden(
        "case.not_lead_unit",
        $"只有主办单位的人员才能执行“{CaseActionNames.Chinese(action)}”。");

    public static Error FinalisedMatter(string precedentNumber) => Error.Rule(
        "case.finalised_matter",
        $"该事项与已复核终结的{precedentNumber}属同一事实和理由，依照《信访工作条例》第三十五条不再受理，只能作不予受理处理。");

    public static Error Incomplete(IntakeGaps gaps) => Error.Rule(
        "case.incomplete", $"本件为渠道推送事项，尚待补录{CaseNames.Of(gaps)}，补录后方可转送、交办或自办。");

    public static Error NothingToComplete() => Error.Rule(
        "case.nothing_to_complete", "本件登记信息齐全，无需补录。");

    public static Error ExtensionAlreadyUsed() => Error.Rule(
        "case.extension_already_used", "办理期限只能延长一次，本件已申请过延期。");

    public static Error ExtensionTooLong(int max) => Error.Validation(
        "days", "case.extension_too_long", $"延期不得超过{max}日。");

    public static Error NoPendingExtension() => Error.Rule(
        "case.no_pending_extension", "本件没有待审批的延期申请。");

    public static Error ExtensionPending() => Error.Rule(
        "case.extension_pending", "延期申请尚在审批中，请先审批。");

    public static Error AssignedCaseMustReportResult() => Error.Rule(
        "case.assigned_must_report", "交办件须先向信访局报告办理结果，经审核后方可答复。");

    public static Error NotAnAssignedCase() => Error.Rule(
        "case.not_assigned", "只有交办件需要报告办理结果，本件请直接答复。");

    public static Error ReopenNeedsUnsatisfied() => Error.Rule(
        "case.reopen_needs_unsatisfied", "只有回访结果为“不满意”的事项才能重办。");

    public static Error ReviewWindowClosed(DateOnly deadline) => Error.Rule(
        "case.review_window_closed", $"申请复查的期限已于{deadline:yyyy年M月d日}届满（收到答复意见之日起30日内）。");

    public static Error ReReviewWindowClosed(DateOnly deadline) => Error.Rule(
        "case.rereview_window_closed", $"申请复核的期限已于{deadline:yyyy年M月d日}届满（收到复查意见之日起30日内）。");

    public static Error NoPendingSupervision() => Error.Rule(
        "case.no_pending_supervision", "本件没有待回复的督办单。");

    public static Error NotEscalated() => Error.Rule(
        "case.not_escalated", "本件尚未提请领导批示，也不是您包案的事项。");

    public static Error SameKeyLeader(string leaderName) => Error.Rule(
        "case.same_key_leader", $"本件已由{leaderName}包案。");

    public static Error NotTheUnitsHandler() => Error.Validation("handlerUserId", "case.not_units_handler",
        "请选择本单位在岗的承办人（承办人或单位负责人）。");

    public static Error NotALeader() => Error.Validation(
        "leaderUserId", "case.not_a_leader", "包案领导须为具有“领导”角色的在职人员。");

    public static Error SupervisionDaysOutOfRange() => Error.Validation(
        "days", "case.supervision_days", "督办回复期限须在1至30日之间。");

    public static Error Required(string field, string what) => Error.Validation(
        field, "validation.required", $"{what}不能为空。");

    public static Error MergeIntoItself() => Error.Validation(
        "into", "case.merge_into_itself", "不能并入事项本身。");

    public static Error MergeTargetNotOpen(string number) => Error.Rule(
        "case.merge_target_not_open", $"{number} 已不在办理中，不能并入；如属同一诉求，请认定为重复信访。");

    public static Error LeadUnitAmongCoUnits() => Error.Validation(
        "coUnitIds", "case.lead_among_co_units", "主办单位不能同时作为协办单位。");

    public static Error StaleVersion(int expected, int actual) => Error.Conflict(
        "case.stale_version", $"该事项已被他人更新（您看到的是第{expected}版，当前为第{actual}版），请刷新后重试。");
}
