using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;

namespace Xinfang.Core.Supervision.Features;

public sealed record CampaignRef(Guid Id, string Name);

public sealed record LedgerNoteView(
    DateTimeOffset At, KeyIssueNoteKind Kind, string KindName, string Actor, string Text,
    KeyIssueStatus? StatusBefore, KeyIssueStatus StatusAfter, string StatusAfterName);

public sealed record LinkedCaseView(
    Guid Id, string Number, string Subject, CaseStatus Status, string StatusName, string? Region, string? LeadUnit, DateOnly? DueDate, DateTimeOffset? DueAt, DueState DueState);

public sealed record KeyIssueDetailView(
    Guid Id,
    string Title,
    NamedRef? Category,
    NamedRef? Region,
    NamedRef Leader,
    NamedRef Unit,
    string Target,
    DateOnly TargetDate,
    KeyIssueStatus Status,
    string StatusName,
    bool IsOverdue,
    int DaysLeft,
    DateOnly? ResolvedOn,
    CampaignRef? Campaign,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    IReadOnlyList<LedgerNoteView> Notes,
    IReadOnlyList<LinkedCaseView> LinkedCases,
    int HiddenCaseCount,
    bool CanManage,
    bool CanComment);

public sealed record KeyIssueListItem(
    Guid Id,
    string Title,
    string? Category,
    string? Region,
    NamedRef Leader,
    NamedRef Unit,
    string Target,
    DateOnly TargetDate,
    KeyIssueStatus Status,
    string StatusName,
    bool IsOverdue,
    IReadOnlyList<string> CaseNumbers,
    CampaignRef? Campaign,
    DateTimeOffset? LastProgressAt,
    string? LastProgress,
    int Version);

public sealed record StatusCount(KeyIssueStatus Status, string Name, int Count);

public sealed record CampaignView(Guid Id, string Name, string Goal, DateOnly StartDate, DateOnly TargetDate, int DaysLeft, CampaignProgress Progress);

public sealed record LedgerView(
    DateOnly Today,
    IReadOnlyList<KeyIssueListItem> Items,
    IReadOnlyList<StatusCount> ByStatus,
    int Overdue,
    IReadOnlyList<CampaignView> Campaigns,
    bool CanManage);
