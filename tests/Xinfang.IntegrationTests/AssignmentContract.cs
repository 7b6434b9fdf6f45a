using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Notifications;
using Xinfang.Core.Notifications.Features;

namespace Xinfang.IntegrationTests;

/// <summary>
/// 指派承办人 over HTTP on both databases: the lead unit's head hands a case to one of the unit's people and may hand it on;
/// the person is named on the case and in the timeline, told in the notification centre, and finds it under 我的待办; the
/// unit's load counts it; nobody outside the unit can be chosen, and nobody but the lead unit's head (or dispatcher) chooses.
/// </summary>
public abstract class AssignmentContract(XinfangApp app)
{
    private async Task<int> UserIdAsync(string userName)
    {
        await using var scope = app.Scope();
        return await XinfangApp.Db(scope).Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    [Fact]
    public async Task TheUnitHead_AssignsAndReassigns_WithinTheUnit()
    {
        var registrar = await app.As("registrar");
        var head = await app.As("head-renhe");
        var handler = await app.As("handler-renhe");
        var (category, region) = await registrar.PlaceAsync("欠薪");
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(71), "指派承办人测试"));
        c = await (await app.As("dispatcher")).ActOkAsync(c.Id, "dispatch", new { mode = "Assign", leadUnitId = await registrar.UnitIdAsync("仁和镇人民政府") });
        Assert.Contains("assign", (await head.GetCaseAsync(c.Id)).AvailableActions);
        Assert.DoesNotContain("assign", (await handler.GetCaseAsync(c.Id)).AvailableActions);
        var (handlerId, headId, otherId) = (await UserIdAsync("handler-renhe"), await UserIdAsync("head-renhe"), await UserIdAsync("handler-pingdi"));

        var assigned = await head.ActOkAsync(c.Id, "assign", new { handlerUserId = handlerId, note = "请本周内走访" });
        Assert.Equal(handlerId, assigned.Assignee!.Id);
        Assert.Contains(assigned.Timeline, e => e.Action == "Assign" && e.Note!.StartsWith("指派承办人：", StringComparison.Ordinal) && e.Note.Contains("请本周内走访", StringComparison.Ordinal));
        var told = (await handler.GetFromJsonAsync<PagedList<NotificationView>>("/api/notifications?pageSize=100", Json.Options))!.Items;
        Assert.Single(told, n => n.CaseId == c.Id && n.Kind == NotificationKind.Assigned);
        var mine = (await handler.GetFromJsonAsync<PagedList<CaseListItem>>("/api/cases?mine=true&pageSize=100", Json.Options))!;
        Assert.Contains(mine.Items, i => i.Id == c.Id);
        var load = (await head.GetFromJsonAsync<List<HandlerLoad>>("/api/cases/handlers", Json.Options))!;
        Assert.Equal(mine.Total, load.Single(p => p.UserId == handlerId).Open);
        Assert.DoesNotContain(load, p => p.UserId == otherId);

        // Handed on: the timeline says from whom to whom; the first person's list no longer holds it.
        var reassigned = await head.ActOkAsync(c.Id, "assign", new { handlerUserId = headId });
        Assert.Equal(headId, reassigned.Assignee!.Id);
        Assert.Contains(reassigned.Timeline, e => e.Action == "Assign" && e.Note!.StartsWith("改派承办人：", StringComparison.Ordinal));
        Assert.DoesNotContain((await handler.GetFromJsonAsync<PagedList<CaseListItem>>("/api/cases?mine=true&pageSize=100", Json.Options))!.Items, i => i.Id == c.Id);

        // Nobody outside the unit can be chosen; nobody but the lead unit's head chooses.
        foreach (var body in new object[] { new { handlerUserId = otherId }, new { note = "未选择" } })
        {
            var refused = await head.ActAsync(c.Id, "assign", body);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.ProblemAsync()).GetProperty("errors").TryGetProperty("handlerUserId", out _));
        }

        Assert.NotEqual(HttpStatusCode.OK, (await handler.ActAsync(c.Id, "assign", new { handlerUserId = handlerId })).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await (await app.As("head-pingdi")).ActAsync(c.Id, "assign", new { handlerUserId = otherId })).StatusCode);
        Assert.Equal(headId, (await head.GetCaseAsync(c.Id)).Assignee!.Id);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await (await app.As("head-pingdi")).GetAsync($"/api/cases/handlers?unitId={await registrar.UnitIdAsync("仁和镇人民政府")}")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAssignmentTests(SqliteApp app) : AssignmentContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAssignmentTests(PostgresApp app) : AssignmentContract(app);
