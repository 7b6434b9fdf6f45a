using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Supervision;

/// <summary>The facts of a ledger entry that its owner sets and edits ("清单制+责任制": what, where, who answers
/// for it, what counts as resolved and by when). Checked against the directory by the use case.</summary>
public sealed record KeyIssueFacts(
    string Title,
    int? CategoryId,
    int? RegionId,
    int LeaderUserId,
    int UnitId,
    string Target,
    DateOnly TargetDate,
    Guid? CampaignId);

/// <summary>
/// A key issue on the ledger (重点问题台账): one problem, often behind several petitions, with a responsible leader
/// and unit, a target (化解目标) and a target date, a dynamic status, and a record of progress, comments and linked
/// cases over time (who, when, what). Every change goes through a method that records a note.
/// </summary>
public sealed class KeyIssue
{
    public const int MaxTitle = 200;
    public const int MaxText = 2000;

    private readonly List<KeyIssueNote> _notes = [];
    private readonly List<KeyIssueCase> _cases = [];

    private KeyIssue() { }

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public int? CategoryId { get; private set; }

    /// <summary>The township/street (乡镇/街道) where the issue lies, if it lies in one.</summary>
    public int? RegionId { get; private set; }

    /// <summary>责任领导</summary>
    public int LeaderUserId { get; private set; }

    /// <summary>责任单位</summary>
    public int UnitId { get; private set; }

    /// <summary>化解目标</summary>
    public string Target { get; private set; } = "";
    public DateOnly TargetDate { get; private set; }
    public KeyIssueStatus Status { get; private set; }
    public DateOnly? ResolvedOn { get; private set; }
    public Guid? CampaignId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int CreatedByUserId { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic-concurrency version: bumped by every change.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<KeyIssueNote> Notes => _notes;
    public IReadOnlyList<KeyIssueCase> Cases => _cases;

    public bool IsOverdue(DateOnly today) => KeyIssueNames.IsActive(Status) && TargetDate < today;

    public static KeyIssue Create(KeyIssueFacts facts, Actor actor, DateTimeOffset now)
    {
        var issue = new KeyIssue
        {
            Id = Guid.CreateVersion7(now),
            Status = KeyIssueStatus.NotStarted,
            CreatedAt = now,
            CreatedByUserId = actor.UserId,
            Version = 0,
        };
        issue.Apply(facts);
        issue.Note(KeyIssueNoteKind.Created, actor, now, $"建立台账：{issue.Title}。化解目标：{issue.Target}（{issue.TargetDate:yyyy年M月d日}前）。", null);
        return issue;
    }

    public void Edit(KeyIssueFacts facts, Actor actor, DateTimeOffset now)
    {
        var changes = new List<string>();
        if (facts.Title.Trim() != Title) changes.Add("问题名称");
        if (facts.CategoryId != CategoryId) changes.Add("问题分类");
        if (facts.RegionId != RegionId) changes.Add("乡镇（街道）");
        if (facts.LeaderUserId != LeaderUserId) changes.Add("责任领导");
        if (facts.UnitId != UnitId) changes.Add("责任单位");
        if (facts.Target.Trim() != Target) changes.Add("化解目标");
        if (facts.TargetDate != TargetDate) changes.Add($"目标时限（{TargetDate:yyyy-MM-dd} → {facts.TargetDate:yyyy-MM-dd}）");
        if (facts.CampaignId != CampaignId) changes.Add("所属专项行动");
        if (changes.Count == 0)
        {
            return;
        }

        Apply(facts);
        Note(KeyIssueNoteKind.Edited, actor, now, $"修改了{string.Join("、", changes)}。", null);
    }

    /// <summary>进展情况: what was done, optionally with a new status. The first report of an issue not yet started
    /// puts it in progress. An issue is resolved (已化解) only when none of its linked cases is still open.</summary>
    public void ReportProgress(string text, KeyIssueStatus? newStatus, IReadOnlyCollection<string> openLinkedCaseNumbers, Actor actor, DateTimeOffset now)
    {
        RequireText(text, "text", "进展情况");
        var status = newStatus ?? (Status == KeyIssueStatus.NotStarted ? KeyIssueStatus.InProgress : Status);
        if (status == KeyIssueStatus.NotStarted && Status != KeyIssueStatus.NotStarted)
        {
            throw new RuleViolationException(LedgerRules.CannotRestart());
        }

        if (status == KeyIssueStatus.Resolved && Status != KeyIssueStatus.Resolved && openLinkedCaseNumbers.Count > 0)
        {
            throw new RuleViolationException(LedgerRules.OpenCasesRemain(openLinkedCaseNumbers));
        }

        var before = Status;
        Status = status;
        ResolvedOn = status == KeyIssueStatus.Resolved ? ResolvedOn ?? ChinaTime.DateOf(now) : null;
        Note(KeyIssueNoteKind.Progress, actor, now, text.Trim(), before);
    }

    /// <summary>A leader's comment or instruction on the issue (领导意见); it does not change the status.</summary>
    public void Comment(string text, Actor actor, DateTimeOffset now)
    {
        RequireText(text, "text", "意见内容");
        Note(KeyIssueNoteKind.Comment, actor, now, text.Trim(), null);
    }

    public void LinkCase(Guid caseId, string caseNumber, Actor actor, DateTimeOffset now)
    {
        if (_cases.Any(c => c.CaseId == caseId))
        {
            throw new RuleViolationException(LedgerRules.CaseAlreadyLinked(caseNumber));
        }

        _cases.Add(new KeyIssueCase(Id, caseId, caseNumber, now, actor.UserId));
        Note(KeyIssueNoteKind.CaseLinked, actor, now, $"关联信访事项{caseNumber}。", null);
    }

    public void UnlinkCase(Guid caseId, Actor actor, DateTimeOffset now)
    {
        var link = _cases.FirstOrDefault(c => c.CaseId == caseId)
            ?? throw new RuleViolationException(LedgerRules.CaseNotLinked(caseId.ToString()));
        _cases.Remove(link);
        Note(KeyIssueNoteKind.CaseUnlinked, actor, now, $"取消关联信访事项{link.CaseNumber}。", null);
    }

    /// <summary>Checks the version a client saw before it changes the issue.</summary>
    public void EnsureVersion(int? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != Version)
        {
            throw new RuleViolationException(LedgerRules.StaleVersion(expected, Version));
        }
    }

    private void Apply(KeyIssueFacts facts)
    {
        RequireText(facts.Title, "title", "问题名称");
        RequireText(facts.Target, "target", "化解目标");
        Title = facts.Title.Trim();
        CategoryId = facts.CategoryId;
        RegionId = facts.RegionId;
        LeaderUserId = facts.LeaderUserId;
        UnitId = facts.UnitId;
        Target = facts.Target.Trim();
        TargetDate = facts.TargetDate;
        CampaignId = facts.CampaignId;
    }

    private void Note(KeyIssueNoteKind kind, Actor actor, DateTimeOffset now, string text, KeyIssueStatus? before)
    {
        Version++;
        UpdatedAt = now;
        _notes.Add(new KeyIssueNote(Id, Version, kind, now, actor.UserId, actor.DisplayName, text, before, Status));
    }

    private static void RequireText(string? value, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new RuleViolationException(LedgerRules.Required(field, what));
        }
    }
}
