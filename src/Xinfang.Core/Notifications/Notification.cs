namespace Xinfang.Core.Notifications;

/// <summary>What a notification is about (SPEC §1.7): the steps that hand work to someone, the deadlines that press, and
/// what the analysis and the knowledge base ask of their owners.</summary>
public enum NotificationKind
{
    Dispatched,        // 交办到本单位
    Assigned,          // 指派给您
    DueSoon,           // 临期
    Overdue,           // 超期
    Urged,             // 催办
    Supervised,        // 督办
    Escalated,         // 提请领导批示
    ExtensionDecided,  // 延期审批结果
    ResultRejected,    // 办理结果被退回
    Returned,          // 退单
    KeyCaseAssigned,   // 包案
    Warning,           // 预警
    KnowledgeReview,   // 知识库条目到期复核
}

/// <summary>
/// One message to one user in the platform's notification centre (the bell): what happened, the case or page it is about,
/// and when it was read. A notification computed by a schedule (临期, 超期, 复核) carries a <see cref="DedupKey"/> unique per
/// user, so a run repeated — or run by two instances — never tells anyone twice about the same event.
/// </summary>
public sealed class Notification
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 1000;

    private Notification()
    {
    }

    public Notification(int userId, NotificationKind kind, string title, string body, string link, Guid? caseId, string? dedupKey, DateTimeOffset createdAt)
    {
        UserId = userId;
        Kind = kind;
        Title = title.Length > MaxTitleLength ? title[..MaxTitleLength] : title;
        Body = body.Length > MaxBodyLength ? body[..MaxBodyLength] : body;
        Link = link;
        CaseId = caseId;
        DedupKey = dedupKey;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }
    public int UserId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";

    /// <summary>The page it opens (a case, a warning, a knowledge entry).</summary>
    public string Link { get; private set; } = "";
    public Guid? CaseId { get; private set; }
    public string? DedupKey { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}

public static class NotificationNames
{
    public static string Of(NotificationKind kind) => kind switch
    {
        NotificationKind.Dispatched => "交办",
        NotificationKind.Assigned => "指派",
        NotificationKind.DueSoon => "临期",
        NotificationKind.Overdue => "超期",
        NotificationKind.Urged => "催办",
        NotificationKind.Supervised => "督办",
        NotificationKind.Escalated => "提请批示",
        NotificationKind.ExtensionDecided => "延期审批",
        NotificationKind.ResultRejected => "结果退回",
        NotificationKind.Returned => "退单",
        NotificationKind.KeyCaseAssigned => "包案",
        NotificationKind.Warning => "预警",
        NotificationKind.KnowledgeReview => "知识库复核",
        _ => kind.ToString(),
    };
}
