using Xinfang.Core.Calendar;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;

namespace Xinfang.UnitTests.Cases;

/// <summary>紧急事项: the work-order steps run on hour-level limits (SPEC §1.4); the statutory days stay as they are.</summary>
public sealed class UrgentDeadlineTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void Registering_AnUrgentMatter_GivesTheDispatcherHoursNotDays()
    {
        var scenario = new CaseScenario();
        var registeredAt = scenario.Now;

        var c = scenario.Register(urgent: true);

        Assert.Equal(registeredAt.AddHours(2), c.DueAt);
        Assert.Equal(ChinaTime.DateOf(registeredAt), c.DueDate);
        Assert.Equal(DeadlineStep.Dispose, c.DueStep);
        Assert.Equal(scenario.Policy.Due(ChinaTime.DateOf(registeredAt), DeadlineStep.Dispose), c.DisposeDue);
        Assert.Contains("紧急事项，2小时内（3月4日11:00前）", c.Events.Single().Note, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUrgentLimit_IsOverdueTheMomentItPasses_EvenOnTheSameDay()
    {
        var scenario = new CaseScenario();
        var c = scenario.Register(urgent: true);

        scenario.Clock.Advance(TimeSpan.FromHours(2) - Minute);
        var before = Deadlines.Current(c, scenario.Now, scenario.Policy)!;
        scenario.Clock.Advance(2 * Minute);
        var after = Deadlines.Current(c, scenario.Now, scenario.Policy)!;

        Assert.Equal(DueState.DueSoon, before.State);
        Assert.Equal(1, before.MinutesLeft);
        Assert.Equal(DueState.Overdue, after.State);
        Assert.Equal(-1, after.MinutesLeft);
        Assert.Equal(ChinaTime.DateOf(scenario.Now), after.Due);
    }

    [Fact]
    public void AnOrdinaryMatter_HasNoHourLevelLimitAtAnyStep()
    {
        var scenario = new CaseScenario();
        var c = scenario.Register();
        Assert.Null(c.DueAt);
        c.Dispatch(CaseScenario.Dispatcher, scenario.Now, Disposal.Forward, CaseScenario.Township, [], null, scenario.Policy);
        c.Sign(CaseScenario.Handler, scenario.Now, scenario.Policy);
        c.Accept(CaseScenario.Handler, scenario.Now, scenario.Policy);

        Assert.Null(c.DueAt);
        Assert.Null(c.ReplyDueAt);
        Assert.Equal(c.ReplyDue, c.DueDate);
        Assert.Equal(DueState.Normal, Deadlines.Current(c, scenario.Now.AddHours(30), scenario.Policy)!.State);
    }

    [Fact]
    public void EachWorkOrderStep_StartsItsOwnHourLimit_AndTheStatutoryDaysStay()
    {
        var scenario = new CaseScenario();
        var c = scenario.Register(urgent: true);
        scenario.Clock.Advance(TimeSpan.FromMinutes(30));

        c.Dispatch(CaseScenario.Dispatcher, scenario.Now, Disposal.Forward, CaseScenario.Township, [], null, scenario.Policy);
        Assert.Equal((scenario.Now.AddHours(1), DeadlineStep.Sign), (c.DueAt!.Value, c.DueStep!.Value));
        Assert.Contains("紧急事项，请于3月4日10:30前签收，签收后4小时内", c.Events[^1].DocumentText, StringComparison.Ordinal);

        scenario.Clock.Advance(TimeSpan.FromMinutes(20));
        c.Sign(CaseScenario.Handler, scenario.Now, scenario.Policy);
        Assert.Equal((scenario.Now.AddHours(4), DeadlineStep.Accept), (c.DueAt!.Value, c.DueStep!.Value));

        scenario.Clock.Advance(TimeSpan.FromHours(1));
        c.Accept(CaseScenario.Handler, scenario.Now, scenario.Policy);
        var acceptedAt = scenario.Now;
        Assert.Equal(acceptedAt.AddHours(24), c.DueAt);
        Assert.Equal(acceptedAt.AddHours(24), c.ReplyDueAt);
        Assert.Equal(ChinaTime.DateOf(acceptedAt).AddDays(1), c.DueDate);
        Assert.Equal(scenario.Policy.Due(ChinaTime.DateOf(acceptedAt), DeadlineStep.Reply), c.ReplyDue);
        Assert.True(c.AcceptDecidedInTime);
        Assert.Equal("紧急事项，应于3月5日10:50前办结答复。", c.Events[^1].Note);
        Assert.Contains($"将于{c.ReplyDue:yyyy年M月d日}前书面答复", c.Events[^1].DocumentText, StringComparison.Ordinal);

        // Late on the hour limit, but within the statutory 60 days: the three rates count the reply as in time.
        scenario.Days(3);
        Assert.Equal(DueState.Overdue, Deadlines.Current(c, scenario.Now, scenario.Policy)!.State);
        c.Reply(CaseScenario.Handler, scenario.Now, "已督促物业清运垃圾并维修电梯。", scenario.Policy);
        Assert.True(c.RepliedInTime);
        Assert.Null(c.DueAt);
        Assert.Equal(DeadlineStep.Callback, c.DueStep);
    }

    [Fact]
    public void AReturn_RestoresTheDisposalLimitCountedFromRegistration()
    {
        var scenario = new CaseScenario();
        var c = scenario.Register(urgent: true);
        var disposeBy = c.DueAt;
        c.Dispatch(CaseScenario.Dispatcher, scenario.Now, Disposal.Forward, CaseScenario.Township, [], null, scenario.Policy);
        scenario.Clock.Advance(TimeSpan.FromHours(3));

        c.Return(CaseScenario.Handler, scenario.Now, "不属于本单位职责");

        Assert.Equal(disposeBy, c.DueAt);
        Assert.Equal(DeadlineStep.Dispose, c.DueStep);
        Assert.Equal(DueState.Overdue, Deadlines.Current(c, scenario.Now, scenario.Policy)!.State);
    }

    [Fact]
    public void ARejectedResult_RestoresTheReplyLimit_AndAnExtensionMovesItByItsDays()
    {
        var scenario = new CaseScenario();
        var c = scenario.Register(urgent: true);
        c.Dispatch(CaseScenario.Dispatcher, scenario.Now, Disposal.Assign, CaseScenario.Township, [], null, scenario.Policy);
        c.Sign(CaseScenario.Handler, scenario.Now, scenario.Policy);
        c.Accept(CaseScenario.Handler, scenario.Now, scenario.Policy);
        var replyBy = c.ReplyDueAt!.Value;

        c.RequestExtension(CaseScenario.Handler, scenario.Now, 2, "需现场勘验", scenario.Policy);
        c.ApproveExtension(CaseScenario.Dispatcher, scenario.Now, scenario.Policy);
        Assert.Equal(replyBy.AddDays(2), c.DueAt);

        c.ReportResult(CaseScenario.Handler, scenario.Now, "已整改完毕。", scenario.Policy);
        Assert.Null(c.DueAt);
        c.RejectResult(CaseScenario.Dispatcher, scenario.Now, "整改情况未附照片");
        Assert.Equal((replyBy.AddDays(2), DeadlineStep.Reply), (c.DueAt!.Value, c.DueStep!.Value));
    }

    [Fact]
    public void AReopenedUrgentMatter_GetsTheRedoHours()
    {
        var scenario = new CaseScenario();
        var urgent = scenario.Register(urgent: true);
        urgent.Dispatch(CaseScenario.Dispatcher, scenario.Now, Disposal.Forward, CaseScenario.Township, [], null, scenario.Policy);
        urgent.Sign(CaseScenario.Handler, scenario.Now, scenario.Policy);
        urgent.Accept(CaseScenario.Handler, scenario.Now, scenario.Policy);
        urgent.Reply(CaseScenario.Handler, scenario.Now, "答复", scenario.Policy);
        urgent.Callback(CaseScenario.Dispatcher, scenario.Now, Satisfaction.Unsatisfied, null, scenario.Policy);
        scenario.Clock.Advance(TimeSpan.FromHours(5));

        urgent.Reopen(CaseScenario.Dispatcher, scenario.Now, "群众反映问题仍未解决", scenario.Policy);

        Assert.Equal((scenario.Now.AddHours(24), DeadlineStep.Redo), (urgent.DueAt!.Value, urgent.DueStep!.Value));
    }

    [Fact]
    public void AnHourLimit_NeverRunsPastTheStepsStatutoryDay()
    {
        var settings = new DeadlineSettings();
        settings.UrgentHours[DeadlineStep.Sign] = 72;
        var policy = new DeadlinePolicy(new DeadlineCalculator(HolidayCalendar.BuiltIn()), settings);
        // Thursday 2024-03-07 16:00: signing is due the next working day, Friday 8 March; 72 hours would run to Sunday.
        var thursday = new DateTimeOffset(2024, 3, 7, 16, 0, 0, ChinaTime.Offset);
        var signDue = policy.Due(DateOnly.FromDateTime(thursday.DateTime), DeadlineStep.Sign);

        var limit = policy.UrgentDue(thursday, DeadlineStep.Sign, signDue);

        Assert.Equal(new DateOnly(2024, 3, 8), signDue);
        Assert.Equal(new DateTimeOffset(2024, 3, 9, 0, 0, 0, ChinaTime.Offset), limit);

        // On a case the capped limit stays on the statutory day.
        var scenario = new CaseScenario();
        scenario.Clock.SetUtcNow(thursday);
        var c = scenario.Register(urgent: true);
        c.Dispatch(CaseScenario.Dispatcher, scenario.Now, Disposal.Forward, CaseScenario.Township, [], null, policy);
        Assert.Equal((limit, signDue), (c.DueAt!.Value, c.DueDate!.Value));
        Assert.Equal(DueState.DueSoon, Deadlines.StateOf(c.DueDate, c.DueAt, limit.AddMinutes(-1), 3));
        Assert.Equal(DueState.Overdue, Deadlines.StateOf(c.DueDate, c.DueAt, limit.AddMinutes(1), 3));
    }

    [Theory]
    [InlineData(null, "2024-03-04T10:00:00+08:00", DueState.None)]
    [InlineData("2024-03-03", null, DueState.Overdue)]
    [InlineData("2024-03-04", null, DueState.DueSoon)]
    [InlineData("2024-03-04", "2024-03-04T08:59:00+08:00", DueState.Overdue)]
    [InlineData("2024-03-04", "2024-03-04T09:00:00+08:00", DueState.DueSoon)]
    [InlineData("2024-03-10", null, DueState.Normal)]
    public void StateOf_WeighsTheMomentOnlyForAnHourLimit(string? due, string? at, DueState expected)
    {
        var now = new DateTimeOffset(2024, 3, 4, 9, 0, 0, ChinaTime.Offset);
        var state = Deadlines.StateOf(due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            at is null ? null : DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), now, 3);
        Assert.Equal(expected, state);
    }
}
