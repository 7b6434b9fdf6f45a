using Xinfang.Core.Cases;

namespace Xinfang.Core.Portal.Features;

public sealed record PortalStep(DateTimeOffset At, string Text);

public sealed record PortalDeadline(string What, DateOnly Date);

public sealed record PortalDocument(string Title, DateTimeOffset At, string Text);

/// <summary>A written notice the petitioner may download (Word or PDF) or print.</summary>
public sealed record PortalNotice(Guid Id, string Title, string Number, DateTimeOffset IssuedAt);

/// <summary>A matter as its petitioner sees it on the portal: progress in plain words, the deadlines that bind the
/// bureau, the written answers — and nothing internal (no handler, no unit staff, no other person's data).</summary>
public sealed record PortalProgress(
    string CaseNumber,
    DateTimeOffset ReceivedAt,
    string Subject,
    string Form,
    string? Category,
    string? Township,
    string Status,
    int Stage,
    IReadOnlyList<string> Stages,
    IReadOnlyList<PortalStep> Steps,
    IReadOnlyList<PortalDeadline> Deadlines,
    IReadOnlyList<PortalDocument> Answers,
    string? Satisfaction,
    bool CanRate,
    bool CanAskForReview,
    DateOnly? ReviewDeadline,
    IReadOnlyList<PortalNotice> Notices);

/// <summary>The plain words of the portal: a status and a timeline step as a citizen reads them.</summary>
public static class PortalWords
{
    public static readonly IReadOnlyList<string> Stages = ["登记", "受理", "办理", "答复", "办结"];

    public static (string Status, int Stage) Of(CaseStatus status) => status switch
    {
        CaseStatus.Registered or CaseStatus.Dispatched or CaseStatus.AwaitingAcceptance => ("已登记，等待有关机关决定是否受理", 0),
        CaseStatus.InProgress or CaseStatus.ResultReported => ("已受理，正在办理", 2),
        CaseStatus.Replied => ("已答复，请您评价", 3),
        CaseStatus.CalledBack => ("已答复，已评价", 3),
        CaseStatus.Closed => ("已办结", 4),
        CaseStatus.NotAccepted => ("不予受理", 1),
        CaseStatus.InReview => ("复查中", 3),
        CaseStatus.Reviewed => ("已出具复查意见", 4),
        CaseStatus.InReReview => ("复核中", 4),
        CaseStatus.Final => ("已出具复核意见（终结）", 4),
        CaseStatus.Merged => ("已与反映同一问题的事项合并办理", 2),
        _ => ("办理中", 2),
    };

    /// <summary>The timeline steps a petitioner is told of; internal steps (sign, return, approvals, supervision) are
    /// not shown.</summary>
    public static string? Step(CaseEvent step) => step.Action switch
    {
        "Register" => "您的事项已登记。",
        nameof(CaseAction.HandleItself) => "信访局决定直接办理。",
        nameof(CaseAction.Merge) => "您的事项已与反映同一问题的事项合并办理，办理结果将一并答复您。",
        nameof(CaseAction.Dispatch) => "信访局已将事项转送（交办）有关机关办理。",
        nameof(CaseAction.Accept) => "有关机关已受理您的事项。",
        nameof(CaseAction.Refuse) => "决定不予受理。",
        nameof(CaseAction.ApproveExtension) => "因情况复杂，办理期限经批准延长。",
        nameof(CaseAction.Reply) or nameof(CaseAction.ApproveResult) => "已出具答复意见。",
        nameof(CaseAction.Callback) => step.ActorName == PortalActorName ? "您已评价办理情况。" : "已回访。",
        nameof(CaseAction.Close) => "事项已办结。",
        nameof(CaseAction.Reopen) => "事项重新办理。",
        nameof(CaseAction.RequestReview) => "已收到您的复查请求。",
        nameof(CaseAction.AnswerReview) => "已出具复查意见。",
        nameof(CaseAction.RequestReReview) => "已收到您的复核请求。",
        nameof(CaseAction.AnswerReReview) => "已出具复核意见。",
        _ => null,
    };

    public const string PortalActorName = "信访人（群众门户）";
}
