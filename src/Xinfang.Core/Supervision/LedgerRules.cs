using Xinfang.Core.Common;

namespace Xinfang.Core.Supervision;

/// <summary>The named rules of the key-issue ledger and campaigns, each with a stable code and a Chinese message.</summary>
public static class LedgerRules
{
    public static Error Required(string field, string what) => Error.Validation(field, "validation.required", $"{what}不能为空。");

    public static Error TooLong(string field, string what, int max) => Error.Validation(field, "validation.too_long", $"{what}不能超过{max}字。");

    public static Error NotFound(Guid id) => Error.NotFound("ledger.not_found", $"台账事项 {id} 不存在。");

    public static Error OutOfScope() => Error.Forbidden("ledger.out_of_scope", "该台账事项不在您的查看范围内。");

    public static Error ReadForbidden() => Error.Forbidden("ledger.read_forbidden", "您的角色不能查看重点问题台账。");

    public static Error ManageForbidden() => Error.Forbidden("ledger.manage_forbidden", "只有督办员可以建立、修改重点问题台账，记录进展和关联信访事项。");

    public static Error CommentForbidden() => Error.Forbidden("ledger.comment_forbidden", "只有领导和督办员可以对台账事项发表意见。");

    public static Error TargetDateInPast() => Error.Validation("targetDate", "ledger.target_date_past", "目标时限不能早于今天。");

    public static Error CannotRestart() => Error.Validation("status", "ledger.cannot_restart", "已开展工作的事项不能改回“未启动”。");

    public static Error OpenCasesRemain(IReadOnlyCollection<string> numbers) => Error.Rule(
        "ledger.open_cases_remain",
        $"关联的信访事项{string.Join("、", numbers)}尚未办结，不能标记为“已化解”；可先标记为“推进中”或“长期稳控”。");

    public static Error CaseAlreadyLinked(string number) => Error.Conflict("ledger.case_already_linked", $"信访事项{number}已关联到本台账事项。");

    public static Error CaseNotLinked(string key) => Error.NotFound("ledger.case_not_linked", $"信访事项{key}未关联到本台账事项。");

    public static Error StaleVersion(int expected, int actual) => Error.Conflict(
        "ledger.stale_version", $"该台账事项已被他人更新（您看到的是第{expected}版，当前为第{actual}版），请刷新后重试。");

    public static Error CampaignNotFound(Guid id) => Error.NotFound("campaign.not_found", $"专项行动 {id} 不存在。");

    public static Error CampaignDates() => Error.Validation("targetDate", "campaign.dates", "专项行动的目标时限不能早于开始日期。");
}
