using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.IntegrationTests;

public abstract class CaseLifecycleContract(XinfangApp app)
{
    [Fact]
    public async Task FullLifecycle_FromLetterToFinality_ThroughTheApi()
    {
        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        var handler = await app.As("handler-renhe");
        var supervisor = await app.As("supervisor");
        var (category, region) = await registrar.PlaceAsync();
        var township = await registrar.UnitIdAsync("仁和镇人民政府");

        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(8)));
        Assert.Equal(CaseStatus.Registered, c.Status);
        Assert.Matches(@"^RH\d{4}-\d{6}$", c.Number);
        Assert.Equal(c.Deadlines.Dispose, c.Deadlines.Current!.Due);

        c = await dispatcher.ActOkAsync(c.Id, "dispatch", new { mode = "Assign", leadUnitId = township, expectedVersion = c.Version });
        Assert.Equal(CaseStatus.Dispatched, c.Status);
        Assert.Equal(["sign", "return"], (await handler.GetCaseAsync(c.Id)).AvailableActions);

        c = await handler.ActOkAsync(c.Id, "sign");
        app.Clock.Advance(TimeSpan.FromDays(2));
        c = await handler.ActOkAsync(c.Id, "accept");
        Assert.Equal(CaseStatus.InProgress, c.Status);
        var replyDue = c.Deadlines.Reply!.Value;

        c = await handler.ActOkAsync(c.Id, "request-extension", new { days = 30, reason = "需会同自然资源部门核实安置名单" });
        c = await dispatcher.ActOkAsync(c.Id, "approve-extension");
        Assert.True(c.Deadlines.Reply > replyDue);
        Assert.Equal(ExtensionState.Approved, c.Extension);

        app.Clock.Advance(TimeSpan.FromDays(20));
        c = await handler.ActOkAsync(c.Id, "report-result", new { text = "已协调安置房分配，下月交房。" });
        c = await dispatcher.ActOkAsync(c.Id, "approve-result");
        Assert.Equal(CaseStatus.Replied, c.Status);

        c = await registrar.ActOkAsync(c.Id, "callback", new { satisfaction = "Unsatisfied", note = "群众认为交房时间太晚" });
        c = await dispatcher.ActOkAsync(c.Id, "reopen", new { reason = "群众不满意，同意重办" });
        Assert.Equal((CaseStatus.InProgress, 1), (c.Status, c.ReopenCount));

        c = await handler.ActOkAsync(c.Id, "report-result", new { text = "已提前交房并完成入住。" });
        c = await dispatcher.ActOkAsync(c.Id, "approve-result");
        c = await registrar.ActOkAsync(c.Id, "callback", new { satisfaction = "Satisfied" });
        c = await registrar.ActOkAsync(c.Id, "close");
        Assert.Equal(CaseStatus.Closed, c.Status);

        app.Clock.Advance(TimeSpan.FromDays(5));
        c = await registrar.ActOkAsync(c.Id, "request-review", new { reason = "对安置面积有异议" });
        c = await supervisor.ActOkAsync(c.Id, "answer-review", new { text = "经复查，安置面积符合政策，维持原答复。" });
        c = await registrar.ActOkAsync(c.Id, "request-re-review", new { reason = "仍有异议" });
        c = await supervisor.ActOkAsync(c.Id, "answer-re-review", new { text = "经复核，维持复查意见。" });
        Assert.Equal(CaseStatus.Final, c.Status);
        Assert.Empty(c.AvailableActions);

        var kinds = c.Timeline.Select(e => e.DocumentKind).OfType<string>().ToList();
        Assert.Contains("交办单", kinds);
        Assert.Contains("受理告知书", kinds);
        Assert.Contains("延期告知书", kinds);
        Assert.Contains("答复意见书", kinds);
        Assert.Contains("复核意见书", kinds);
        Assert.All(c.Timeline, e => Assert.False(string.IsNullOrEmpty(e.Actor)));

        // The same matter, on the same facts, brought again: recognised and only refusable.
        var again = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(8),
            "我是仁和镇大河村的征地拆迁户，按照协议去年底就应该分配安置房，到现在还没有分配，请求尽快落实安置。"));
        Assert.Equal(c.Number, again.FinalisedPrecedentNumber);
        var refused = await dispatcher.ActAsync(again.Id, "dispatch", new { mode = "Forward", leadUnitId = township });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("case.finalised_matter", (await refused.ProblemAsync()).GetProperty("code").GetString());
        again = await dispatcher.ActOkAsync(again.Id, "refuse", new { reason = "同一事实和理由已复核终结", properChannel = "不再受理" });
        Assert.Equal(CaseStatus.NotAccepted, again.Status);
    }

    [Fact]
    public async Task HandleItself_ThenAccept_ByTheBureauItself()
    {
        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        var (category, region) = await registrar.PlaceAsync("物业管理");
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(10), "小区物业长期不清运垃圾"));

        c = await dispatcher.ActOkAsync(c.Id, "handle-itself");
        Assert.Equal(CaseStatus.AwaitingAcceptance, c.Status);
        c = await dispatcher.ActOkAsync(c.Id, "accept");
        c = await dispatcher.ActOkAsync(c.Id, "reply", new { text = "已督促物业公司清运垃圾。" });
        Assert.Equal(CaseStatus.Replied, c.Status);
        Assert.True(c.RepliedInTime);
    }

    [Fact]
    public async Task StaleVersion_Gets409AndChangesNothing()
    {
        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        var (category, region) = await registrar.PlaceAsync();
        var township = await registrar.UnitIdAsync("仁和镇人民政府");
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(11), "电梯故障无人维修"));
        var seen = c.Version;
        await dispatcher.ActOkAsync(c.Id, "dispatch", new { mode = "Forward", leadUnitId = township, expectedVersion = seen });

        var stale = await dispatcher.ActAsync(c.Id, "return", new { reason = "重新派单", expectedVersion = seen });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("case.stale_version", (await stale.ProblemAsync()).GetProperty("code").GetString());
        var now = await registrar.GetCaseAsync(c.Id);
        Assert.Equal((CaseStatus.Dispatched, seen + 1), (now.Status, now.Version));
    }

    [Fact]
    public async Task IllegalAction_Gets422WithTheRuleAndChineseMessage()
    {
        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        var (category, region) = await registrar.PlaceAsync();
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(12), "路灯损坏"));

        var response = await dispatcher.ActAsync(c.Id, "close");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal("case.illegal_transition", problem.GetProperty("code").GetString());
        Assert.Contains("已登记", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queues_FollowTheCaseAndTheClock()
    {
        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        var handler = await app.As("handler-renhe");
        var (category, region) = await registrar.PlaceAsync("噪声扰民");
        var township = await registrar.UnitIdAsync("仁和镇人民政府");
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(13), "商铺噪声扰民"));

        Assert.Contains(c.Id, (await dispatcher.ListAsync("queue=to-dispose&pageSize=100")).Items.Select(i => i.Id));
        await dispatcher.ActOkAsync(c.Id, "dispatch", new { mode = "Forward", leadUnitId = township });
        var toSign = await handler.ListAsync("queue=to-sign&pageSize=100");
        Assert.Contains(c.Id, toSign.Items.Select(i => i.Id));
        Assert.DoesNotContain(c.Id, (await dispatcher.ListAsync("queue=to-dispose&pageSize=100")).Items.Select(i => i.Id));

        app.Clock.Advance(TimeSpan.FromDays(7));
        var overdue = await handler.ListAsync("queue=overdue&pageSize=100");
        var item = Assert.Single(overdue.Items, i => i.Id == c.Id);
        Assert.Equal(DueState.Overdue, item.DueState);
        Assert.Equal("张**", item.Petitioner);
        Assert.Equal("138****5678", item.PetitionerPhone);
    }

    [Fact]
    public async Task UrgentMatter_IsOverdueOnceItsHourLimitPasses_InTheDistrictAndTheUnitQueues()
    {
        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        var handler = await app.As("handler-renhe");
        var (category, region) = await registrar.PlaceAsync("噪声扰民");
        var township = await registrar.UnitIdAsync("仁和镇人民政府");
        var registeredAt = app.Clock.GetUtcNow();
        var c = await registrar.RegisterAsync(ApiClient.Letter(registeredAt, category, region, ApiClient.IdNumber(21), "工地夜间施工噪声，老人无法入睡") with { IsUrgent = true });
        Assert.Equal(registeredAt.AddHours(2), c.Deadlines.Current!.DueAt);

        await dispatcher.ActOkAsync(c.Id, "dispatch", new { mode = "Forward", leadUnitId = township });
        var signBy = app.Clock.GetUtcNow().AddHours(1);
        var soon = Assert.Single((await handler.ListAsync("queue=due-soon&pageSize=100")).Items, i => i.Id == c.Id);
        Assert.Equal((signBy, DueState.DueSoon), (soon.DueAt, soon.DueState));
        Assert.DoesNotContain(c.Id, (await handler.ListAsync("queue=overdue&pageSize=100")).Items.Select(i => i.Id));
        Assert.DoesNotContain(c.Id, (await dispatcher.ListAsync("queue=overdue&pageSize=100")).Items.Select(i => i.Id));

        app.Clock.Advance(TimeSpan.FromMinutes(61));
        var late = Assert.Single((await handler.ListAsync("queue=overdue&pageSize=100")).Items, i => i.Id == c.Id);
        Assert.Equal(DueState.Overdue, late.DueState);
        Assert.Contains(c.Id, (await dispatcher.ListAsync("queue=overdue&pageSize=100")).Items.Select(i => i.Id));
        Assert.DoesNotContain(c.Id, (await handler.ListAsync("queue=due-soon&pageSize=100")).Items.Select(i => i.Id));
        Assert.DoesNotContain(c.Id, (await dispatcher.ListAsync("queue=due-soon&pageSize=100")).Items.Select(i => i.Id));
        var detail = await handler.GetCaseAsync(c.Id);
        Assert.Equal(DueState.Overdue, detail.Deadlines.Current!.State);

        // The supervision board and the leader dashboard count it for its unit, late by less than a day.
        await using var scope = app.Scope();
        var everyone = Actor.System with { Roles = new HashSet<string>(Roles.All) };
        var board = await scope.ServiceProvider.GetRequiredService<SupervisionBoard>().HandleAsync(everyone, TestContext.Current.CancellationToken);
        var today = ChinaTime.Today(app.Clock);
        var dashboard = await scope.ServiceProvider.GetRequiredService<LeaderDashboard>().HandleAsync(today.AddMonths(-1), today, everyone, TestContext.Current.CancellationToken);
        var row = Assert.Single(board, r => r.UnitId == township);
        Assert.True(row.Overdue >= 1);
        Assert.NotNull(row.MaxDaysOverdue);
        Assert.Contains(dashboard.Value.MostOverdueUnits, u => u.UnitId == township);
    }

    [Fact]
    public async Task List_FiltersByChannelCategoryTownshipAndDate()
    {
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync("违章搭建", "平地镇");
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(14), "楼顶违章搭建"));
        var today = DateOnly.FromDateTime(c.ReceivedAt.ToOffset(TimeSpan.FromHours(8)).Date);

        var found = await registrar.ListAsync($"channel=Letter&category={category}&township={region}&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        Assert.Contains(c.Id, found.Items.Select(i => i.Id));
        var other = await registrar.ListAsync($"channel=Visit&category={category}&township={region}&from={today:yyyy-MM-dd}");
        Assert.DoesNotContain(c.Id, other.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task SupervisionNotice_IsAnsweredByTheLeadUnit_AndLeadersInstructOnEscalatedCases()
    {
        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        var supervisor = await app.As("supervisor");
        var handler = await app.As("handler-renhe");
        var leader = await app.As("leader");
        var (category, region) = await registrar.PlaceAsync("欠薪");
        var township = await registrar.UnitIdAsync("仁和镇人民政府");
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(15), "拖欠农民工工资"));
        c = await dispatcher.ActOkAsync(c.Id, "dispatch", new { mode = "Assign", leadUnitId = township });

        c = await supervisor.ActOkAsync(c.Id, "supervise", new { note = "请于5个工作日内报告办理进展", days = 5 });
        Assert.NotNull(c.SupervisionReplyDue);
        Assert.Contains("answer-supervision", (await handler.GetCaseAsync(c.Id)).AvailableActions);
        c = await handler.ActOkAsync(c.Id, "answer-supervision", new { text = "已约谈施工企业，本周内发放" });
        Assert.Null(c.SupervisionReplyDue);

        var early = await leader.ActAsync(c.Id, "instruct", new { text = "批示" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        c = await supervisor.ActOkAsync(c.Id, "escalate", new { note = "涉及人数多，提请领导批示" });
        c = await leader.ActOkAsync(c.Id, "instruct", new { text = "请区人社局牵头，一周内兑付" });
        Assert.True(c.IsEscalated);
        Assert.Equal(CaseStatus.Dispatched, c.Status);
        Assert.Contains(c.Timeline, e => e.DocumentKind == "领导批示");
    }
}
