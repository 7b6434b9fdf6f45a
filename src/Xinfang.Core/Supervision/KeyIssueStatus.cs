namespace Xinfang.Core.Supervision;

/// <summary>The dynamic status of a key issue on the ledger (重点问题台账的动态状态).</summary>
public enum KeyIssueStatus
{
    NotStarted,      // 未启动
    InProgress,      // 推进中
    Resolved,        // 已化解
    LongTermControl, // 长期稳控
}

/// <summary>What a line of an issue's record says: who did what, when.</summary>
public enum KeyIssueNoteKind
{
    Created,      // 建立台账
    Edited,       // 修改台账信息
    Progress,     // 进展情况
    Comment,      // 领导意见
    CaseLinked,   // 关联信访事项
    CaseUnlinked, // 取消关联
}

public static class KeyIssueNames
{
    public static string Of(KeyIssueStatus status) => status switch
    {
        KeyIssueStatus.NotStarted => "未启动",
        KeyIssueStatus.InProgress => "推进中",
        KeyIssueStatus.Resolved => "已化解",
        KeyIssueStatus.LongTermControl => "长期稳控",
        _ => status.ToString(),
    };

    public static string Of(KeyIssueNoteKind kind) => kind switch
    {
        KeyIssueNoteKind.Created => "建立台账",
        KeyIssueNoteKind.Edited => "修改台账",
        KeyIssueNoteKind.Progress => "进展情况",
        KeyIssueNoteKind.Comment => "领导意见",
        KeyIssueNoteKind.CaseLinked => "关联信访事项",
        KeyIssueNoteKind.CaseUnlinked => "取消关联",
        _ => kind.ToString(),
    };

    /// <summary>Statuses in which an issue is still being worked on, so its target date can be missed.</summary>
    public static bool IsActive(KeyIssueStatus status) => status is KeyIssueStatus.NotStarted or KeyIssueStatus.InProgress;
}
