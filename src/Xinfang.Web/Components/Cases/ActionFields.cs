using Xinfang.Core.Cases;

namespace Xinfang.Web.Components.Cases;

[Flags]
public enum ActionInput
{
    None = 0,
    Reason = 1,
    Text = 2,
    ProperChannel = 4,
    Days = 8,
    Satisfaction = 16,
    Units = 32,
    Note = 64,
    Attachments = 128,
    Leader = 256,
    Completion = 512,
    Into = 1024,
    Handler = 2048,
}

/// <summary>Which inputs each action asks for on the case page, and what its button says.</summary>
public static class ActionFields
{
    public static ActionInput For(CaseAction action) => Fields(action) | (TakesDocuments(action) ? ActionInput.Attachments : ActionInput.None);

    /// <summary>Steps that produce or receive a document: replies and reports, a refusal notice, a review request
    /// letter, a callback recording, an extension's approval papers, a supervision answer, a leader's instruction.</summary>
    public static bool TakesDocuments(CaseAction action) => action is CaseAction.Reply or CaseAction.ReportResult or CaseAction.AnswerReview
        or CaseAction.AnswerReReview or CaseAction.AnswerSupervision or CaseAction.Instruct or CaseAction.Refuse or CaseAction.Callback
        or CaseAction.RequestExtension or CaseAction.RequestReview or CaseAction.RequestReReview;

    private static ActionInput Fields(CaseAction action) => action switch
    {
        CaseAction.Dispatch => ActionInput.Units | ActionInput.Note,
        CaseAction.Refuse => ActionInput.Reason | ActionInput.ProperChannel,
        CaseAction.Return or CaseAction.RejectExtension or CaseAction.RejectResult or CaseAction.Reopen
            or CaseAction.RequestReview or CaseAction.RequestReReview => ActionInput.Reason,
        CaseAction.RequestExtension => ActionInput.Days | ActionInput.Reason,
        CaseAction.Reply or CaseAction.ReportResult or CaseAction.AnswerReview or CaseAction.AnswerReReview => ActionInput.Text,
        CaseAction.Callback => ActionInput.Satisfaction | ActionInput.Note,
        CaseAction.Urge or CaseAction.Escalate => ActionInput.Note,
        CaseAction.Supervise => ActionInput.Note | ActionInput.Days,
        CaseAction.AnswerSupervision or CaseAction.Instruct => ActionInput.Text,
        CaseAction.AssignKeyLeader => ActionInput.Leader | ActionInput.Note,
        CaseAction.Assign => ActionInput.Handler | ActionInput.Note,
        CaseAction.Complete => ActionInput.Completion,
        CaseAction.Merge => ActionInput.Into | ActionInput.Note,
        _ => ActionInput.None,
    };

    public static string ReasonLabel(CaseAction action) => action switch
    {
        CaseAction.Refuse => "不予受理的理由",
        CaseAction.Return => "退单理由",
        CaseAction.RequestExtension => "延期理由（将告知信访人）",
        CaseAction.RejectExtension => "驳回理由",
        CaseAction.RejectResult => "退回理由",
        CaseAction.Reopen => "重办理由",
        CaseAction.RequestReview => "复查请求（信访人的理由）",
        CaseAction.RequestReReview => "复核请求（信访人的理由）",
        _ => "理由",
    };

    public static string TextLabel(CaseAction action) => action switch
    {
        CaseAction.Reply => "答复意见（书面）",
        CaseAction.ReportResult => "办理结果报告",
        CaseAction.AnswerReview => "复查意见",
        CaseAction.AnswerReReview => "复核意见",
        CaseAction.AnswerSupervision => "督办回复",
        CaseAction.Instruct => "批示内容",
        _ => "内容",
    };

    public static bool IsPrimary(CaseAction action) => action is CaseAction.Dispatch or CaseAction.Sign or CaseAction.Accept or CaseAction.Reply
        or CaseAction.ReportResult or CaseAction.ApproveResult or CaseAction.Callback or CaseAction.Close or CaseAction.ApproveExtension or CaseAction.HandleItself or CaseAction.Complete;
}
