using Xinfang.Core.Cases;
using Xinfang.Core.Common;

namespace Xinfang.UnitTests.Cases;

/// <summary>领导包案 as a case action: assigned or changed by supervisors and dispatchers in any open state, never
/// changing the state; the owning leader may then instruct without an escalation.</summary>
public sealed class KeyCaseLeaderTests
{
    [Theory]
    [InlineData(CaseStatus.Registered)]
    [InlineData(CaseStatus.InProgress)]
    [InlineData(CaseStatus.Replied)]
    [InlineData(CaseStatus.InReview)]
    public void AssignKeyLeader_InAnOpenState_MakesAKeyCaseOwnedByTheLeader_WithoutChangingState(CaseStatus status)
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(status);
        var version = c.Version;

        c.AssignKeyLeader(CaseScenario.Supervisor, scenario.Now, CaseScenario.KeyLeader, null);

        Assert.Equal((status, true, CaseScenario.Leader.UserId, version + 1), (c.Status, c.IsKeyCase, c.KeyCaseLeaderUserId, c.Version));
        var e = c.Events[^1];
        Assert.Equal((nameof(CaseAction.AssignKeyLeader), "领导包案", CaseScenario.Supervisor.UserId), (e.Action, e.DocumentKind, e.ActorUserId));
        Assert.Contains("区领导 陈志强", e.DocumentText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CaseStatus.Closed)]
    [InlineData(CaseStatus.NotAccepted)]
    [InlineData(CaseStatus.Final)]
    public void AssignKeyLeader_OnAClosedCase_IsIllegal(CaseStatus status)
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(status);
        Assert.Equal("case.illegal_transition",
            CaseScenario.ErrorCode(() => c.AssignKeyLeader(CaseScenario.Supervisor, scenario.Now, CaseScenario.KeyLeader, null)));
        Assert.Null(c.KeyCaseLeaderUserId);
    }

    [Fact]
    public void AssignKeyLeader_ByAHandlerOrALeader_IsForbidden()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.InProgress);
        Assert.Equal("case.role_not_allowed", CaseScenario.ErrorCode(() => c.AssignKeyLeader(CaseScenario.Handler, scenario.Now, CaseScenario.KeyLeader, null)));
        Assert.Equal("case.role_not_allowed", CaseScenario.ErrorCode(() => c.AssignKeyLeader(CaseScenario.Leader, scenario.Now, CaseScenario.KeyLeader, null)));
        Assert.DoesNotContain(CaseAction.AssignKeyLeader, c.AvailableActions(CaseScenario.Handler, scenario.Now));
        Assert.Contains(CaseAction.AssignKeyLeader, c.AvailableActions(CaseScenario.Dispatcher, scenario.Now));
    }

    [Fact]
    public void AssignKeyLeader_ToTheSameLeaderAgain_IsRefused_ButAChangeIsRecorded()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.InProgress);
        c.AssignKeyLeader(CaseScenario.Supervisor, scenario.Now, CaseScenario.KeyLeader, null);

        Assert.Equal("case.same_key_leader", CaseScenario.ErrorCode(() => c.AssignKeyLeader(CaseScenario.Dispatcher, scenario.Now, CaseScenario.KeyLeader, null)));

        c.AssignKeyLeader(CaseScenario.Dispatcher, scenario.Now, new KeyCaseLeader(CaseScenario.OtherLeader.UserId, "区领导 王立新"), "工作调整");
        Assert.Equal(CaseScenario.OtherLeader.UserId, c.KeyCaseLeaderUserId);
        Assert.Equal(("包案领导变更", "工作调整"), (c.Events[^1].DocumentKind, c.Events[^1].Note));
    }

    [Fact]
    public void Instruct_ByTheOwningLeader_NeedsNoEscalation_ButAnotherLeaderStillDoes()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.InProgress);
        c.AssignKeyLeader(CaseScenario.Supervisor, scenario.Now, CaseScenario.KeyLeader, null);

        Assert.Contains(CaseAction.Instruct, c.AvailableActions(CaseScenario.Leader, scenario.Now));
        Assert.DoesNotContain(CaseAction.Instruct, c.AvailableActions(CaseScenario.OtherLeader, scenario.Now));
        Assert.Equal("case.not_escalated", CaseScenario.ErrorCode(() => c.Instruct(CaseScenario.OtherLeader, scenario.Now, "批示")));

        c.Instruct(CaseScenario.Leader, scenario.Now, "请仁和镇三日内入户走访，一周内拿出化解方案");
        Assert.Equal(("领导批示", CaseStatus.InProgress), (c.Events[^1].DocumentKind, c.Status));
        Assert.False(c.IsEscalated);
    }
}
