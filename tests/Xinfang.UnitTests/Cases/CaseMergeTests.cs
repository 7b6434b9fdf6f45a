using Xinfang.Core.Cases;

namespace Xinfang.UnitTests.Cases;

/// <summary>并案: a new matter joins an open case before it is disposed of; it leaves every deadline and rate.</summary>
public sealed class CaseMergeTests
{
    [Fact]
    public void Merge_StopsTheNewCaseAndTellsBothTimelines()
    {
        var scenario = new CaseScenario();
        var target = scenario.InState(CaseStatus.InProgress);
        var @case = scenario.Register();
        var targetVersion = target.Version;

        @case.MergeInto(target, CaseScenario.Registrar, scenario.Now, "同一小区");

        Assert.Equal((CaseStatus.Merged, target.Number), (@case.Status, @case.MergedIntoNumber));
        Assert.Null(@case.DueDate);
        Assert.Equal(RateFacts.None, @case.RateFacts);
        Assert.Null(@case.AcceptDue);
        Assert.False(@case.IsOpen);
        Assert.Empty(@case.AvailableActions(CaseScenario.Dispatcher, scenario.Now));
        Assert.Contains("同一小区", @case.Events[^1].Note, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.InProgress, target.Status);
        Assert.Equal(targetVersion + 1, target.Version);
        Assert.Equal("Merge", target.Events[^1].Action);
    }

    [Fact]
    public void Merge_IsRefusedAfterDisposal_IntoAFinishedCase_IntoItself_AndForAHandler()
    {
        var scenario = new CaseScenario();
        var open = scenario.InState(CaseStatus.InProgress);
        Assert.Equal("case.illegal_transition", CaseScenario.ErrorCode(() => scenario.InState(CaseStatus.Dispatched).MergeInto(open, CaseScenario.Dispatcher, scenario.Now, null)));
        Assert.Equal("case.merge_target_not_open", CaseScenario.ErrorCode(() => scenario.Register().MergeInto(scenario.InState(CaseStatus.Closed), CaseScenario.Dispatcher, scenario.Now, null)));
        var @case = scenario.Register();
        Assert.Equal("case.merge_into_itself", CaseScenario.ErrorCode(() => @case.MergeInto(@case, CaseScenario.Dispatcher, scenario.Now, null)));
        Assert.Equal("case.role_not_allowed", CaseScenario.ErrorCode(() => @case.MergeInto(open, CaseScenario.Handler, scenario.Now, null)));
        Assert.Equal(CaseStatus.Registered, @case.Status);
    }
}
