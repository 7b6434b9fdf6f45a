using Microsoft.Extensions.Time.Testing;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Supervision;

namespace Xinfang.UnitTests.Supervision;

/// <summary>The rules of a ledger entry (重点问题台账): its record of who did what and when, its dynamic status,
/// and linked cases.</summary>
public sealed class KeyIssueTests
{
    private static readonly Actor Supervisor = new(3, "supervisor", new HashSet<string> { Roles.Supervisor }, 1, DataScope.Everything) { DisplayName = "督办员 张敏" };
    private static readonly Actor Leader = new(6, "leader", new HashSet<string> { Roles.Leader }, 2, DataScope.Everything) { DisplayName = "区领导 陈志强" };
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, ChinaTime.Offset));

    private DateTimeOffset Now => _clock.GetUtcNow();

    private static KeyIssueFacts Facts(string title = "大河村安置房分配遗留问题", DateOnly? targetDate = null) =>
        new(title, 5, 100, Leader.UserId, 10, "完成安置房分配，信访人息诉罢访", targetDate ?? new DateOnly(2026, 6, 30), null);

    private KeyIssue NewIssue() => KeyIssue.Create(Facts(), Supervisor, Now);

    [Fact]
    public void Create_StartsNotStarted_WithACreationLineInTheRecord()
    {
        var issue = NewIssue();

        Assert.Equal((KeyIssueStatus.NotStarted, 1), (issue.Status, issue.Version));
        var note = Assert.Single(issue.Notes);
        Assert.Equal((KeyIssueNoteKind.Created, Supervisor.UserId, "督办员 张敏", Now), (note.Kind, note.ActorUserId, note.ActorName, note.At));
    }

    [Fact]
    public void Create_WithABlankTitle_IsRefusedNamingTheField()
    {
        var error = Assert.Throws<RuleViolationException>(() => KeyIssue.Create(Facts(title: "  "), Supervisor, Now)).Error;
        Assert.Equal(("validation.required", "title"), (error.Code, error.Field));
    }

    [Fact]
    public void ReportProgress_OnANewIssue_PutsItInProgress_AndRecordsWhoWhenWhat()
    {
        var issue = NewIssue();
        _clock.Advance(TimeSpan.FromDays(3));

        issue.ReportProgress("已召开协调会，确定分配方案", null, [], Supervisor, Now);

        Assert.Equal(KeyIssueStatus.InProgress, issue.Status);
        var note = issue.Notes[^1];
        Assert.Equal((KeyIssueNoteKind.Progress, KeyIssueStatus.NotStarted, KeyIssueStatus.InProgress, Now, "已召开协调会，确定分配方案"),
            (note.Kind, note.StatusBefore, note.StatusAfter, note.At, note.Text));
        Assert.Equal(2, issue.Version);
    }

    [Fact]
    public void ReportProgress_WithoutText_IsRefusedAndChangesNothing()
    {
        var issue = NewIssue();
        var error = Assert.Throws<RuleViolationException>(() => issue.ReportProgress(" ", KeyIssueStatus.InProgress, [], Supervisor, Now)).Error;
        Assert.Equal(("validation.required", "text"), (error.Code, error.Field));
        Assert.Equal((KeyIssueStatus.NotStarted, 1), (issue.Status, issue.Notes.Count));
    }

    [Fact]
    public void ReportProgress_Resolved_WhileALinkedCaseIsOpen_IsRefusedNamingTheCase()
    {
        var issue = NewIssue();
        issue.ReportProgress("推进中", null, [], Supervisor, Now);

        var error = Assert.Throws<RuleViolationException>(() =>
            issue.ReportProgress("已分配", KeyIssueStatus.Resolved, ["RH2026-000123"], Supervisor, Now)).Error;

        Assert.Equal("ledger.open_cases_remain", error.Code);
        Assert.Contains("RH2026-000123", error.Message, StringComparison.Ordinal);
        Assert.Equal(KeyIssueStatus.InProgress, issue.Status);
    }

    [Fact]
    public void ReportProgress_Resolved_SetsTheResolutionDay_AndAReboundClearsIt()
    {
        var issue = NewIssue();
        issue.ReportProgress("已完成分配，信访人签字息诉", KeyIssueStatus.Resolved, [], Supervisor, Now);
        Assert.Equal((KeyIssueStatus.Resolved, new DateOnly(2026, 3, 2)), (issue.Status, issue.ResolvedOn));

        issue.ReportProgress("信访人再次来访，问题反弹", KeyIssueStatus.InProgress, [], Supervisor, Now);
        Assert.Equal((KeyIssueStatus.InProgress, (DateOnly?)null), (issue.Status, issue.ResolvedOn));
    }

    [Fact]
    public void ReportProgress_BackToNotStarted_IsRefused()
    {
        var issue = NewIssue();
        issue.ReportProgress("已启动", null, [], Supervisor, Now);
        Assert.Equal("ledger.cannot_restart",
            Assert.Throws<RuleViolationException>(() => issue.ReportProgress("撤回", KeyIssueStatus.NotStarted, [], Supervisor, Now)).Error.Code);
    }

    [Fact]
    public void IsOverdue_OnlyWhileActiveAndPastTheTargetDate()
    {
        var issue = KeyIssue.Create(Facts(targetDate: new DateOnly(2026, 3, 10)), Supervisor, Now);
        Assert.False(issue.IsOverdue(new DateOnly(2026, 3, 10)));
        Assert.True(issue.IsOverdue(new DateOnly(2026, 3, 11)));

        issue.ReportProgress("长期稳控，专人包保", KeyIssueStatus.LongTermControl, [], Supervisor, Now);
        Assert.False(issue.IsOverdue(new DateOnly(2026, 3, 11)));
    }

    [Fact]
    public void LinkCase_Twice_IsAConflict_AndUnlinkRecordsIt()
    {
        var issue = NewIssue();
        var caseId = Guid.NewGuid();
        issue.LinkCase(caseId, "RH2026-000123", Supervisor, Now);

        var error = Assert.Throws<RuleViolationException>(() => issue.LinkCase(caseId, "RH2026-000123", Supervisor, Now)).Error;
        Assert.Equal(("ledger.case_already_linked", ErrorKind.Conflict), (error.Code, error.Kind));
        Assert.Single(issue.Cases);

        issue.UnlinkCase(caseId, Supervisor, Now);
        Assert.Empty(issue.Cases);
        Assert.Equal([KeyIssueNoteKind.Created, KeyIssueNoteKind.CaseLinked, KeyIssueNoteKind.CaseUnlinked], issue.Notes.Select(n => n.Kind));
    }

    [Fact]
    public void Comment_ByALeader_KeepsTheStatus()
    {
        var issue = NewIssue();
        issue.Comment("请仁和镇主要负责同志亲自包案，月底前见成效", Leader, Now);
        Assert.Equal((KeyIssueStatus.NotStarted, KeyIssueNoteKind.Comment, "区领导 陈志强"), (issue.Status, issue.Notes[^1].Kind, issue.Notes[^1].ActorName));
    }

    [Fact]
    public void Edit_NamesWhatChanged_AndAnUnchangedEditRecordsNothing()
    {
        var issue = NewIssue();
        issue.Edit(Facts(), Supervisor, Now);
        Assert.Single(issue.Notes);

        issue.Edit(Facts(targetDate: new DateOnly(2026, 9, 30)), Supervisor, Now);
        Assert.Equal(new DateOnly(2026, 9, 30), issue.TargetDate);
        Assert.Equal("修改了目标时限（2026-06-30 → 2026-09-30）。", issue.Notes[^1].Text);
    }

    [Fact]
    public void EnsureVersion_WithAStaleVersion_IsAConflict()
    {
        var issue = NewIssue();
        issue.ReportProgress("推进", null, [], Supervisor, Now);
        Assert.Equal("ledger.stale_version", Assert.Throws<RuleViolationException>(() => issue.EnsureVersion(1)).Error.Code);
    }

    [Fact]
    public void CampaignProgress_CountsByStatus_AndTheResolvedShare()
    {
        var today = new DateOnly(2026, 7, 1);
        var progress = CampaignProgress.Of(
        [
            (KeyIssueStatus.Resolved, new DateOnly(2026, 6, 30)),
            (KeyIssueStatus.Resolved, new DateOnly(2026, 8, 30)),
            (KeyIssueStatus.LongTermControl, new DateOnly(2026, 6, 30)),
            (KeyIssueStatus.InProgress, new DateOnly(2026, 6, 30)),
            (KeyIssueStatus.InProgress, new DateOnly(2026, 9, 30)),
            (KeyIssueStatus.NotStarted, new DateOnly(2026, 9, 30)),
        ], today);

        Assert.Equal((6, 2, 1, 2, 1, 1), (progress.Total, progress.Resolved, progress.UnderControl, progress.InProgress, progress.NotStarted, progress.Overdue));
        Assert.Equal(33.3m, progress.ResolvedPercent);
        Assert.Null(CampaignProgress.Of([], today).ResolvedPercent);
    }

    [Fact]
    public void Campaign_WithATargetBeforeItsStart_IsRefused()
    {
        var error = Assert.Throws<RuleViolationException>(() =>
            Campaign.Create("2026年治重化积专项行动", "", new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 1), Supervisor, Now)).Error;
        Assert.Equal(("campaign.dates", "targetDate"), (error.Code, error.Field));
    }
}
