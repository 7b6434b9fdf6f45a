using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Duplicates;
using Xinfang.Core.Common;
using Xinfang.Core.Calendar;

namespace Xinfang.UnitTests.Cases;

public sealed class CaseTransitionTests
{
    public static TheoryData<CaseStatus, CaseAction> EveryStateAndAction()
    {
        var data = new TheoryData<CaseStatus, CaseAction>();
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            foreach (var action in Enum.GetValues<CaseAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndAction))]
    public void Action_NotInTheTransitionTable_FailsAsIllegalAndChangesNothing(CaseStatus status, CaseAction action)
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(status, status == CaseStatus.ResultReported ? Disposal.Assign : Disposal.Forward);
        var before = (c.Status, c.Version, c.Events.Count);
        var allowed = CaseTransitions.Find(action, status) is not null;

        var error = Record.Exception(() => scenario.Attempt(c, action));

        if (allowed)
        {
            // Allowed by the table: it either succeeds or fails on a specific named rule, never as illegal.
            Assert.False(error is RuleViolationException { Error.Code: "case.illegal_transition" }, $"{action} from {status} should be legal");
        }
        else
        {
            var violation = Assert.IsType<RuleViolationException>(error);
            Assert.Equal("case.illegal_transition", violation.Error.Code);
            Assert.Equal(before, (c.Status, c.Version, c.Events.Count));
        }
    }

    public static TheoryData<CaseAction, CaseStatus, CaseStatus> EveryAllowedTransition()
    {
        var data = new TheoryData<CaseAction, CaseStatus, CaseStatus>();
        foreach (var t in CaseTransitions.All)
        {
            data.Add(t.Action, t.From, t.To);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryAllowedTransition))]
    public void Action_InTheTransitionTable_ReachesItsTargetAndRecordsAnEvent(CaseAction action, CaseStatus from, CaseStatus to)
    {
        var scenario = new CaseScenario();
        var disposal = action is CaseAction.ReportResult || from == CaseStatus.ResultReported ? Disposal.Assign : Disposal.Forward;
        var c = action is CaseAction.Complete ? scenario.RegisterFromChannel() : scenario.InState(from, disposal);
        if (action is CaseAction.ApproveExtension or CaseAction.RejectExtension)
        {
            c.RequestExtension(CaseScenario.Handler, scenario.Now, 10, "情况复杂", scenario.Policy);
        }

        if (action is CaseAction.AnswerSupervision)
        {
            c.Supervise(CaseScenario.Supervisor, scenario.Now, "请报告进展", 5, scenario.Policy);
        }

        if (action is CaseAction.Instruct)
        {
            c.Escalate(CaseScenario.Supervisor, scenario.Now, "提请批示");
        }

        var version = c.Version;
        var events = c.Events.Count;

        scenario.Attempt(c, action);

        Assert.Equal(to, c.Status);
        Assert.Equal(version + 1, c.Version);
        Assert.Equal(events + 1, c.Events.Count);
        var recorded = c.Events[^1];
        Assert.Equal(action.ToString(), recorded.Action);
        Assert.Equal(from, recorded.FromStatus);
        Assert.Equal(to, recorded.ToStatus);
        Assert.Equal(scenario.Now, recorded.At);
    }

    [Fact]
    public void Sign_ByAUserOfAnotherUnit_IsRefusedAsNotTheLeadUnit()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.Dispatched);
        Assert.Equal("case.not_lead_unit", CaseScenario.ErrorCode(() => c.Sign(CaseScenario.OtherHandler, scenario.Now, scenario.Policy)));
        Assert.Equal(CaseStatus.Dispatched, c.Status);
    }

    [Fact]
    public void Dispatch_ByARegistrar_IsRefusedForTheRole()
    {
        var scenario = new CaseScenario();
        var c = scenario.Register();
        var code = CaseScenario.ErrorCode(() => c.Dispatch(CaseScenario.Registrar, scenario.Now, Disposal.Forward, CaseScenario.Township, [], null, scenario.Policy));
        Assert.Equal("case.role_not_allowed", code);
    }

    [Fact]
    public void Accept_ByALeaderWithoutHandlerRole_IsRefusedForTheRole()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.AwaitingAcceptance);
        Assert.Equal("case.role_not_allowed", CaseScenario.ErrorCode(() => c.Accept(CaseScenario.Leader, scenario.Now, scenario.Policy)));
    }

    [Fact]
    public void Register_SetsTheDisposalDeadlineFifteenDaysAfterReceipt()
    {
        var scenario = new CaseScenario(); // Monday 4 March 2024
        var c = scenario.Register();
        Assert.Equal(new DateOnly(2024, 3, 19), c.DisposeDue);
        Assert.Equal(c.DisposeDue, c.DueDate);
        Assert.Equal(DeadlineStep.Dispose, c.DueStep);
    }

    [Fact]
    public void Register_FiveOrMorePeople_IsCollective()
    {
        var scenario = new CaseScenario();
        Assert.True(scenario.Register(people: 5).IsCollective);
        Assert.False(scenario.Register(people: 4).IsCollective);
    }

    [Fact]
    public void Dispatch_SetsOneWorkingDayToSignAndFifteenDaysToDecide()
    {
        var scenario = new CaseScenario();
        var c = scenario.Register();
        scenario.Days(4); // Friday 8 March 2024
        c.Dispatch(CaseScenario.Dispatcher, scenario.Now, Disposal.Assign, CaseScenario.Township, [CaseScenario.OtherUnit], null, scenario.Policy);

        Assert.Equal(new DateOnly(2024, 3, 11), c.SignDue); // next working day is Monday
        Assert.Equal(new DateOnly(2024, 3, 25), c.AcceptDue); // 23 March is a Saturday
        Assert.Equal(CaseScenario.TownshipUnitId, c.LeadUnitId);
        Assert.Equal(2, c.Units.Count(u => u.IsCurrent));
        Assert.Equal("交办单", c.Events[^1].DocumentKind);
    }

    [Fact]
    public void Dispatch_WithTheLeadAmongCoUnits_IsRefused()
    {
        var scenario = new CaseScenario();
        var c = scenario.Register();
        var code = CaseScenario.ErrorCode(() => c.Dispatch(CaseScenario.Dispatcher, scenario.Now, Disposal.Forward, CaseScenario.Township, [CaseScenario.Township], null, scenario.Policy));
        Assert.Equal("case.lead_among_co_units", code);
    }

    [Fact]
    public void Return_GoesBackForReroutingWithoutRestartingTheStatutoryClock()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.Dispatched);
        var disposeDue = c.DisposeDue;
        scenario.Days(3);
        c.Return(CaseScenario.Handler, scenario.Now, "不属于本单位职责");

        Assert.Equal(CaseStatus.Registered, c.Status);
        Assert.Null(c.LeadUnitId);
        Assert.Equal(disposeDue, c.DueDate);
        Assert.All(c.Units, u => Assert.False(u.IsCurrent));
    }

    [Fact]
    public void Return_WithoutAReason_IsRefusedNamingTheField()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.Dispatched);
        var error = Assert.Throws<RuleViolationException>(() => c.Return(CaseScenario.Handler, scenario.Now, " ")).Error;
        Assert.Equal(("validation.required", "reason"), (error.Code, error.Field));
    }

    [Fact]
    public void Accept_StartsTheSixtyDayReplyPeriod()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.InProgress); // accepted on Wednesday 6 March 2024
        Assert.Equal(new DateOnly(2024, 5, 6), c.ReplyDue); // 5 May is a Sunday inside the Labour Day holiday
        Assert.True(c.AcceptDecidedInTime);
        Assert.Equal("受理告知书", c.Events[^1].DocumentKind);
    }

    [Fact]
    public void Accept_AfterTheFifteenDays_IsRecordedAsLate()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.AwaitingAcceptance);
        scenario.Days(30);
        c.Accept(CaseScenario.Handler, scenario.Now, scenario.Policy);
        Assert.False(c.AcceptDecidedInTime);
    }

    [Fact]
    public void ApproveExtension_AddsTheRequestedDaysToTheReplyDeadlineOnce()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.InProgress);
        var due = c.ReplyDue!.Value;
        c.RequestExtension(CaseScenario.Handler, scenario.Now, 30, "需多部门联合调查", scenario.Policy);
        c.ApproveExtension(CaseScenario.Dispatcher, scenario.Now, scenario.Policy);

        Assert.Equal(due.AddDays(30), c.ReplyDue);
        Assert.Equal(ExtensionState.Approved, c.Extension);
        Assert.Equal("case.extension_already_used",
            CaseScenario.ErrorCode(() => c.RequestExtension(CaseScenario.Handler, scenario.Now, 5, "再次延期", scenario.Policy)));
    }

    [Fact]
    public void RequestExtension_OverThirtyDays_IsRefused()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.InProgress);
        Assert.Equal("case.extension_too_long",
            CaseScenario.ErrorCode(() => c.RequestExtension(CaseScenario.Handler, scenario.Now, 31, "情况复杂", scenario.Policy)));
    }

    [Fact]
    public void RequestExtension_AfterARejectedOne_IsRefusedAsAlreadyUsed()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.InProgress);
        c.RequestExtension(CaseScenario.Handler, scenario.Now, 10, "情况复杂", scenario.Policy);
        c.RejectExtension(CaseScenario.Dispatcher, scenario.Now, "理由不足");
        Assert.Equal("case.extension_already_used",
            CaseScenario.ErrorCode(() => c.RequestExtension(CaseScenario.Handler, scenario.Now, 10, "情况复杂", scenario.Policy)));
    }

    [Fact]
    public void Reply_WhileAnExtensionAwaitsApproval_IsRefused()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.InProgress);
        c.RequestExtension(CaseScenario.Handler, scenario.Now, 10, "情况复杂", scenario.Policy);
        Assert.Equal("case.extension_pending", CaseScenario.ErrorCode(() => c.Reply(CaseScenario.Handler, scenario.Now, "答复", scenario.Policy)));
    }

    [Fact]
    public void Reply_OnAnAssignedCase_MustGoThroughTheResultReport()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.InProgress, Disposal.Assign);
        Assert.Equal("case.assigned_must_report", CaseScenario.ErrorCode(() => c.Reply(CaseScenario.Handler, scenario.Now, "答复", scenario.Policy)));
        Assert.DoesNotContain(CaseAction.Reply, c.AvailableActions(CaseScenario.Handler, scenario.Now));
        Assert.Contains(CaseAction.ReportResult, c.AvailableActions(CaseScenario.Handler, scenario.Now));
    }

    [Fact]
    public void Reply_AfterTheDeadline_IsRecordedAsLate()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.InProgress);
        scenario.Days(70);
        c.Reply(CaseScenario.Handler, scenario.Now, "答复", scenario.Policy);
        Assert.False(c.RepliedInTime);
    }

    [Fact]
    public void Reopen_AfterASatisfiedCallback_IsRefused()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.Replied);
        c.Callback(CaseScenario.Registrar, scenario.Now, Satisfaction.Satisfied, null, scenario.Policy);
        Assert.Equal("case.reopen_needs_unsatisfied", CaseScenario.ErrorCode(() => c.Reopen(CaseScenario.Dispatcher, scenario.Now, "重办", scenario.Policy)));
    }

    [Fact]
    public void Reopen_AfterAnUnsatisfiedCallback_SetsANewReplyDeadline()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.CalledBack);
        c.Reopen(CaseScenario.Dispatcher, scenario.Now, "群众不满意", scenario.Policy);

        Assert.Equal(CaseStatus.InProgress, c.Status);
        Assert.Equal(1, c.ReopenCount);
        Assert.Null(c.Satisfaction);
        Assert.Equal(scenario.Policy.Due(ChinaTime.DateOf(scenario.Now), DeadlineStep.Redo), c.ReplyDue);
    }

    [Fact]
    public void RequestReview_MoreThanThirtyDaysAfterTheReply_IsRefused()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.Closed);
        scenario.Days(40);
        Assert.Equal("case.review_window_closed", CaseScenario.ErrorCode(() => c.RequestReview(CaseScenario.Registrar, scenario.Now, "不服", scenario.Policy)));
    }

    [Fact]
    public void RequestReview_WithinThirtyDays_SetsAThirtyDayAnswerDeadline()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.Closed);
        scenario.Days(10);
        c.RequestReview(CaseScenario.Registrar, scenario.Now, "不服", scenario.Policy);
        Assert.Equal(scenario.Policy.Due(ChinaTime.DateOf(scenario.Now), DeadlineStep.ReviewAnswer), c.ReviewDue);
        Assert.Equal(c.ReviewDue, c.DueDate);
    }

    [Fact]
    public void RequestReReview_MoreThanThirtyDaysAfterTheReview_IsRefused()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.Reviewed);
        scenario.Days(45);
        Assert.Equal("case.rereview_window_closed", CaseScenario.ErrorCode(() => c.RequestReReview(CaseScenario.Registrar, scenario.Now, "不服", scenario.Policy)));
    }

    [Fact]
    public void AnswerReReview_MakesTheCaseFinalAndClosesItsClock()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.Final);
        Assert.Equal(CaseStatus.Final, c.Status);
        Assert.Null(c.DueDate);
        Assert.False(c.IsOpen);
        Assert.Equal("复核意见书", c.Events[^1].DocumentKind);
    }

    [Fact]
    public void SameMatterAfterFinality_CanOnlyBeRefused()
    {
        var scenario = new CaseScenario();
        var final = scenario.InState(CaseStatus.Final);
        var again = scenario.Register();
        again.MarkFinalisedPrecedent(FinalisedMatter.Of(final), CaseScenario.Registrar, scenario.Now);

        Assert.Equal("case.finalised_matter", CaseScenario.ErrorCode(() =>
            again.Dispatch(CaseScenario.Dispatcher, scenario.Now, Disposal.Forward, CaseScenario.Township, [], null, scenario.Policy)));
        Assert.Equal("case.finalised_matter", CaseScenario.ErrorCode(() =>
            again.HandleItself(CaseScenario.Dispatcher, scenario.Now, CaseScenario.Bureau, scenario.Policy)));
        Assert.Equal([CaseAction.Refuse, CaseAction.Urge, CaseAction.Escalate, CaseAction.AssignKeyLeader], again.AvailableActions(CaseScenario.Dispatcher, scenario.Now));
        Assert.True(again.IsRepeat);

        again.Refuse(CaseScenario.Dispatcher, scenario.Now, "同一事实和理由已复核终结", "不再受理");
        Assert.Equal(CaseStatus.NotAccepted, again.Status);
    }

    [Fact]
    public void MarkFinalisedPrecedent_WithACaseNotYetFinal_Throws()
    {
        var scenario = new CaseScenario();
        var reviewed = scenario.InState(CaseStatus.Reviewed);
        Assert.Throws<InvalidOperationException>(() => scenario.Register().MarkFinalisedPrecedent(FinalisedMatter.Of(reviewed), CaseScenario.Registrar, scenario.Now));
    }

    [Fact]
    public void Urge_LeavesTheStateAndRecordsASupervisionNotice()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.InProgress);
        c.Urge(CaseScenario.Supervisor, scenario.Now, "请于三日内办结");
        Assert.Equal(CaseStatus.InProgress, c.Status);
        Assert.Equal("催办单", c.Events[^1].DocumentKind);
    }

    [Fact]
    public void EnsureVersion_WithAStaleVersion_FailsAsConflict()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.Dispatched);
        var error = Assert.Throws<RuleViolationException>(() => c.EnsureVersion(1)).Error;
        Assert.Equal(("case.stale_version", ErrorKind.Conflict), (error.Code, error.Kind));
    }

    [Fact]
    public void AvailableActions_ForTheLeadHandler_AreExactlyTheLegalOnes()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.Dispatched);
        Assert.Equal([CaseAction.Sign, CaseAction.Return], c.AvailableActions(CaseScenario.Handler, scenario.Now));
        Assert.Empty(c.AvailableActions(CaseScenario.OtherHandler, scenario.Now));
        Assert.Equal([CaseAction.Urge, CaseAction.Supervise, CaseAction.Escalate, CaseAction.AssignKeyLeader], c.AvailableActions(CaseScenario.Supervisor, scenario.Now));
    }

    [Fact]
    public void EveryTransition_KeepsTheUnitsCopyOfStatusAndDeadlineInStep()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.InProgress);
        Assert.All(c.Units, u => Assert.Equal((CaseStatus.InProgress, c.ReplyDue), (u.CaseStatus, u.DueDate)));

        c.Reply(CaseScenario.Handler, scenario.Now, "答复", scenario.Policy);
        Assert.All(c.Units, u => Assert.Equal((CaseStatus.Replied, c.DueDate), (u.CaseStatus, u.DueDate)));
    }

    [Theory]
    [InlineData(CaseStatus.Dispatched)]
    [InlineData(CaseStatus.InProgress)]
    [InlineData(CaseStatus.Replied)]
    [InlineData(CaseStatus.CalledBack)]
    [InlineData(CaseStatus.Closed)]
    [InlineData(CaseStatus.InReview)]
    [InlineData(CaseStatus.Final)]
    public void EveryTransition_KeepsTheUnitsCopyOfRateFactsReceiptAndDeadlinesInStep(CaseStatus status)
    {
        var c = new CaseScenario().InState(status);

        Assert.All(c.Units, u => Assert.Equal(
            (c.Status, c.DueDate, c.RateFacts, c.ReceivedAt, c.ReceivedMonth, c.AcceptDue, c.ReplyDue),
            (u.CaseStatus, u.DueDate, u.RateFacts, u.ReceivedAt, u.ReceivedMonth, u.AcceptDue, u.ReplyDue)));
        Assert.Equal(202403, c.ReceivedMonth);
    }

    [Fact]
    public void TheUnitsCopy_FollowsTheSatisfactionOfTheCallback()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.Replied);
        Assert.All(c.Units, u => Assert.False(u.RateFacts.HasFlag(RateFacts.Rated)));

        c.Callback(CaseScenario.Registrar, scenario.Now, Satisfaction.FairlySatisfied, null, scenario.Policy);

        Assert.All(c.Units, u => Assert.True(u.RateFacts.HasFlag(RateFacts.Rated | RateFacts.Satisfied)));
    }

    [Fact]
    public void TheMonthReceived_IsTheChineseCalendarMonth()
    {
        var lateOnMarch31Utc = new DateTimeOffset(2024, 3, 31, 20, 0, 0, TimeSpan.Zero); // 1 April, 04:00 in Beijing

        Assert.Equal(202404, ChinaTime.MonthNumber(lateOnMarch31Utc));
        Assert.Equal(202403, ChinaTime.MonthNumber(new DateTimeOffset(2024, 3, 31, 15, 59, 59, TimeSpan.Zero)));
    }

    [Fact]
    public void ATownshipCountsACaseOnce_EvenWhenTwoOfItsUnitsHaveIt()
    {
        var scenario = new CaseScenario();
        var c = scenario.Register();
        var village = new UnitRef(12, CaseScenario.RegionId, "仁和社区居委会");
        var elsewhere = new UnitRef(13, 200, "前进镇人民政府");
        c.Dispatch(CaseScenario.Dispatcher, scenario.Now, Disposal.Forward, CaseScenario.Township, [village, elsewhere, CaseScenario.OtherUnit], null, scenario.Policy);

        Assert.Equal([CaseScenario.TownshipUnitId, 13], c.Units.Where(u => u.CountsForTownship).Select(u => u.UnitId).Order());

        c.Return(CaseScenario.Handler, scenario.Now, "不属于本镇职责");
        Assert.DoesNotContain(c.Units, u => u.CountsForTownship);

        c.Dispatch(CaseScenario.Dispatcher, scenario.Now, Disposal.Forward, CaseScenario.OtherUnit, [village, CaseScenario.Township], null, scenario.Policy);
        var counted = Assert.Single(c.Units, u => u.CountsForTownship);
        Assert.Equal((12, UnitRole.Co, true), (counted.UnitId, counted.Role, counted.IsCurrent));
    }

    [Fact]
    public void Supervise_AsksTheLeadUnitForAReplyByADeadline_WhichTheAnswerClears()
    {
        var scenario = new CaseScenario(); // Wednesday 6 March 2024 after acceptance
        var c = scenario.InState(CaseStatus.InProgress);
        Assert.Equal("case.no_pending_supervision", CaseScenario.ErrorCode(() => c.AnswerSupervision(CaseScenario.Handler, scenario.Now, "已办理")));

        c.Supervise(CaseScenario.Supervisor, scenario.Now, "请报告办理进展", 5, scenario.Policy);
        Assert.Equal(new DateOnly(2024, 3, 13), c.SupervisionReplyDue); // five working days
        Assert.Equal("督办单", c.Events[^1].DocumentKind);
        Assert.Equal("case.not_lead_unit", CaseScenario.ErrorCode(() => c.AnswerSupervision(CaseScenario.OtherHandler, scenario.Now, "已办理")));

        c.AnswerSupervision(CaseScenario.Handler, scenario.Now, "已约谈物业公司，三日内整改");
        Assert.Null(c.SupervisionReplyDue);
        Assert.Equal(CaseStatus.InProgress, c.Status);
    }

    [Fact]
    public void Instruct_BeforeEscalation_IsRefused_AndEscalationMakesAKeyCase()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.InProgress);
        Assert.Equal("case.not_escalated", CaseScenario.ErrorCode(() => c.Instruct(CaseScenario.Leader, scenario.Now, "批示")));

        c.Escalate(CaseScenario.Supervisor, scenario.Now, "群众反映强烈");
        c.Instruct(CaseScenario.Leader, scenario.Now, "请住建局牵头一周内化解");

        Assert.True(c.IsKeyCase);
        Assert.Equal("领导批示", c.Events[^1].DocumentKind);
    }

    [Fact]
    public void Supervise_WithMoreThanThirtyDays_IsRefusedNamingTheField()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.InProgress);
        var error = Assert.Throws<RuleViolationException>(() => c.Supervise(CaseScenario.Supervisor, scenario.Now, "督办", 31, scenario.Policy)).Error;
        Assert.Equal(("case.supervision_days", "days"), (error.Code, error.Field));
    }
}
