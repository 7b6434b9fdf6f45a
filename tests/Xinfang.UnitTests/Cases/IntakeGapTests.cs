using Xinfang.Core.Cases;

namespace Xinfang.UnitTests.Cases;

/// <summary>待补录: a channel's matter is numbered and its clock runs at once, but nobody can dispose of it until a
/// registrar has added every missing fact; the registrar's own registrations never have gaps.</summary>
public sealed class IntakeGapTests
{
    [Fact]
    public void ChannelMatter_WithoutFacts_IsNumberedWithItsClockRunning_AndWaitsForCompletion()
    {
        var scenario = new CaseScenario();
        var c = scenario.RegisterFromChannel();

        Assert.Equal(IntakeGaps.Category | IntakeGaps.Place | IntakeGaps.Form | IntakeGaps.StatutoryClass, c.Gaps);
        Assert.Equal(DeadlineStepOf(c), Xinfang.Core.Calendar.DeadlineStep.Dispose);
        Assert.Contains("待补录：问题分类、发生地（乡镇街道）、诉求形式、事项类别", c.Events[0].Note, StringComparison.Ordinal);
        // A channel's matter that repeats an open case may be merged into it even before it is completed.
        Assert.Equal([CaseAction.Complete, CaseAction.Merge], c.AvailableActions(CaseScenario.Registrar, scenario.Now));
        Assert.Equal([CaseAction.Complete, CaseAction.Refuse, CaseAction.Merge, CaseAction.Urge, CaseAction.Escalate, CaseAction.AssignKeyLeader],
            c.AvailableActions(CaseScenario.Dispatcher, scenario.Now));
        Assert.Equal("case.incomplete", CaseScenario.ErrorCode(() => scenario.Attempt(c, CaseAction.Dispatch)));
        Assert.Equal("case.incomplete", CaseScenario.ErrorCode(() => scenario.Attempt(c, CaseAction.HandleItself)));
    }

    [Fact]
    public void Completion_MustFillEveryGap_ThenTheCaseCanBeDispatched()
    {
        var scenario = new CaseScenario();
        var c = scenario.RegisterFromChannel();
        var version = c.Version;

        var partial = Assert.Throws<Xinfang.Core.Common.RuleViolationException>(() => c.Complete(CaseScenario.Registrar, scenario.Now,
            new CaseCompletion(CaseForm.Complaint, null, 1, CaseScenario.RegionId, null), "部分"));
        Assert.Equal(("statutoryClass", "validation.required"), (partial.Error.Field, partial.Error.Code));
        Assert.Equal((version, IntakeGaps.Category | IntakeGaps.Place | IntakeGaps.Form | IntakeGaps.StatutoryClass, (int?)null), (c.Version, c.Gaps, c.CategoryId));

        c.Complete(CaseScenario.Registrar, scenario.Now, new CaseCompletion(CaseForm.Complaint, StatutoryClass.ClaimRequest, 7, CaseScenario.RegionId, null),
            "问题分类 城乡建设");
        Assert.Equal((IntakeGaps.None, 7, CaseScenario.RegionId, CaseForm.Complaint, StatutoryClass.ClaimRequest, version + 1),
            (c.Gaps, c.CategoryId, c.RegionId, c.Form, c.StatutoryClass, c.Version));
        Assert.Equal(("Complete", "补录：问题分类 城乡建设。"), (c.Events[^1].Action, c.Events[^1].Note));
        Assert.Equal("case.nothing_to_complete", CaseScenario.ErrorCode(() => scenario.Attempt(c, CaseAction.Complete)));
        scenario.Attempt(c, CaseAction.Dispatch);
        Assert.Equal(CaseStatus.Dispatched, c.Status);
    }

    [Fact]
    public void Completion_IsForTheBureausRegistrarsAndDispatchers_AndOnlyBeforeDisposal()
    {
        var scenario = new CaseScenario();
        var c = scenario.RegisterFromChannel();
        Assert.Equal("case.role_not_allowed", CaseScenario.ErrorCode(() => scenario.Attempt(c, CaseAction.Complete, actor: CaseScenario.Handler)));
        Assert.Equal("case.role_not_allowed", CaseScenario.ErrorCode(() => scenario.Attempt(c, CaseAction.Complete, actor: CaseScenario.Supervisor)));

        // A registrar's own registration is complete by rule: nothing to add.
        var own = scenario.Register();
        Assert.Equal(IntakeGaps.None, own.Gaps);
        Assert.DoesNotContain(CaseAction.Complete, own.AvailableActions(CaseScenario.Registrar, scenario.Now));
    }

    private static Xinfang.Core.Calendar.DeadlineStep? DeadlineStepOf(Case c) => c.DueStep;
}
