namespace Xinfang.Core.Cases;

/// <summary>Every named transition of a case. The URL form is kebab-case, e.g. <c>request-extension</c>.</summary>
public enum CaseAction
{
    HandleItself,     // 自办
    Dispatch,         // 转送/交办（派单）
    Refuse,           // 不予受理
    Sign,             // 签收
    Return,           // 退单
    Accept,           // 受理
    RequestExtension, // 延期申请
    ApproveExtension, // 批准延期
    RejectExtension,  // 驳回延期
    Reply,            // 答复
    ReportResult,     // 报告办理结果（交办件）
    ApproveResult,    // 审核通过
    RejectResult,     // 审核退回
    Callback,         // 回访
    Close,            // 办结
    Reopen,           // 重办
    RequestReview,    // 申请复查
    AnswerReview,     // 复查答复
    RequestReReview,  // 申请复核
    AnswerReReview,   // 复核答复（终结）
    Urge,             // 催办
    Supervise,        // 督办（督办单，限期回复）
    AnswerSupervision, // 督办回复
    Escalate,         // 提请领导批示
    Instruct,         // 领导批示
    AssignKeyLeader,  // 指定（变更）包案领导
    Complete,         // 补录（渠道事项缺项）
    Merge,            // 并案（并入另一正在办理的事项）
    Assign,           // 指派承办人（单位内）
}

public static class CaseActionNames
{
    public static string Chinese(CaseAction action) => action switch
    {
        CaseAction.HandleItself => "自办",
        CaseAction.Dispatch => "派单（转送/交办）",
        CaseAction.Refuse => "不予受理",
        CaseAction.Sign => "签收",
        CaseAction.Return => "退单",
        CaseAction.Accept => "受理",
        CaseAction.RequestExtension => "申请延期",
        CaseAction.ApproveExtension => "批准延期",
        CaseAction.RejectExtension => "驳回延期",
        CaseAction.Reply => "答复",
        CaseAction.ReportResult => "报告办理结果",
        CaseAction.ApproveResult => "审核通过",
        CaseAction.RejectResult => "审核退回",
        CaseAction.Callback => "回访",
        CaseAction.Close => "办结",
        CaseAction.Reopen => "重办",
        CaseAction.RequestReview => "申请复查",
        CaseAction.AnswerReview => "复查答复",
        CaseAction.RequestReReview => "申请复核",
        CaseAction.AnswerReReview => "复核答复",
        CaseAction.Urge => "催办",
        CaseAction.Supervise => "督办",
        CaseAction.AnswerSupervision => "回复督办",
        CaseAction.Escalate => "提请领导批示",
        CaseAction.Instruct => "领导批示",
        CaseAction.AssignKeyLeader => "指定包案领导",
        CaseAction.Complete => "补录",
        CaseAction.Merge => "并案",
        CaseAction.Assign => "指派承办人",
        _ => action.ToString(),
    };

    public static string Kebab(CaseAction action) => Common.KebabCase.Of(action);

    public static bool TryParseKebab(string text, out CaseAction action) => Common.KebabCase.TryParse(text, out action);
}
