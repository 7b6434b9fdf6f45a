using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Calendar;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Notifications;
using Xinfang.Core.Notifications.Features;

namespace Xinfang.IntegrationTests.Notifications;

/// <summary>
/// The notification centre over HTTP on both databases: a dispatch tells the lead unit's staff and nobody else, an urge and a
/// supervision order tell them again, an escalation tells the leaders; each user reads and marks only their own; the
/// scheduled 临期/超期 run tells each running deadline once however often it runs; a knowledge entry past its review date
/// reminds its unit once.
/// </summary>
public abstract class NotificationContract(XinfangApp app)
{
    private static async Task<List<NotificationView>> MineAsync(HttpClient client, Guid caseId) =>
        (await client.GetFromJsonAsync<PagedList<NotificationView>>("/api/notifications?pageSize=100", Json.Options))!.Items.Where(n => n.CaseId == caseId).ToList();

    private static async Task<int> UnreadAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/notifications/count", Json.Options)).GetProperty("unread").GetInt32();

    [Fact]
    public async Task CaseSteps_TellTheUnitThatHoldsTheCase_AndEachReadsOnlyTheirOwn()
    {
        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        var supervisor = await app.As("supervisor");
        var handler = await app.As("handler-renhe");
        var head = await app.As("head-renhe");
        var other = await app.As("handler-pingdi");
        var leader = await app.As("leader");
        var (category, region) = await registrar.PlaceAsync("欠薪");
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(61), "工地拖欠工资通知测试"));
        var unreadBefore = await UnreadAsync(handler);

        await dispatcher.ActOkAsync(c.Id, "dispatch", new { mode = "Assign", leadUnitId = await registrar.UnitIdAsync("仁和镇人民政府") });
        var told = Assert.Single(await MineAsync(handler, c.Id));
        Assert.Equal((NotificationKind.Dispatched, $"/cases/{c.Number}", false), (told.Kind, told.Link, told.IsRead));
        Assert.Contains("主办", told.Title, StringComparison.Ordinal);
        Assert.Single(await MineAsync(head, c.Id));
        Assert.Empty(await MineAsync(other, c.Id));
        Assert.Empty(await MineAsync(dispatcher, c.Id));
        Assert.Equal(unreadBefore + 1, await UnreadAsync(handler));

        await supervisor.ActOkAsync(c.Id, "urge", new { note = "请加快办理" });
        await supervisor.ActOkAsync(c.Id, "supervise", new { note = "请于5个工作日内报告办理进展", days = 5 });
        await supervisor.ActOkAsync(c.Id, "escalate", new { note = "涉及人数多，提请领导批示" });
        Assert.Equal([NotificationKind.Dispatched, NotificationKind.Urged, NotificationKind.Supervised],
            (await MineAsync(handler, c.Id)).OrderBy(n => n.Id).Select(n => n.Kind));
        Assert.Equal([NotificationKind.Escalated], (await MineAsync(leader, c.Id)).Select(n => n.Kind));
        Assert.Empty(await MineAsync(supervisor, c.Id));

        // Marking as read: one's own only; another user's notification is not found.
        var urged = (await MineAsync(handler, c.Id)).Single(n => n.Kind == NotificationKind.Urged);
        Assert.Equal(HttpStatusCode.NotFound, (await head.PostAsync($"/api/notifications/{urged.Id}/read", null)).StatusCode);
        var read = (await (await handler.PostAsync($"/api/notifications/{urged.Id}/read", null)).Content.ReadFromJsonAsync<NotificationView>(Json.Options))!;
        Assert.True(read.IsRead);
        Assert.Equal(unreadBefore + 2, await UnreadAsync(handler));
        var unreadOnly = (await handler.GetFromJsonAsync<PagedList<NotificationView>>("/api/notifications?unread=true&pageSize=100", Json.Options))!;
        Assert.DoesNotContain(unreadOnly.Items, n => n.Id == urged.Id);
        Assert.Equal(HttpStatusCode.BadRequest, (await handler.GetAsync("/api/notifications?pageSize=1000")).StatusCode);

        await (await app.As("head-renhe")).PostAsync("/api/notifications/read-all", null);
        Assert.Equal(0, await UnreadAsync(head));
        Assert.Equal(unreadBefore + 2, await UnreadAsync(handler)); // another user's marks do not touch hers
    }

    [Fact]
    public async Task TheDeadlineRun_TellsEachRunningDeadlineOnce_HoweverOftenItRuns()
    {
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync("欠薪");
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(62), "临期提醒测试"));
        c = await (await app.As("dispatcher")).ActOkAsync(c.Id, "dispatch", new { mode = "Assign", leadUnitId = await registrar.UnitIdAsync("平地镇人民政府") });

        int dueSoonDays;
        await using (var scope = app.Scope())
        {
            dueSoonDays = scope.ServiceProvider.GetRequiredService<DeadlinePolicy>().Settings.DueSoonDays;
            var stored = await XinfangApp.Db(scope).Set<Case>().AsNoTracking().SingleAsync(x => x.Id == c.Id);
            // Signing is due within a working day of the dispatch: within the due-soon days.
            Assert.Equal(DueState.DueSoon, Deadlines.StateOf(stored.DueDate, stored.DueAt, app.Clock.GetUtcNow(), dueSoonDays));
        }

        for (var run = 0; run < 2; run++)
        {
            await using var scope = app.Scope();
            await scope.ServiceProvider.GetRequiredService<NotifyDeadlines>().HandleAsync();
        }

        var pingdi = await app.As("handler-pingdi");
        var dueSoon = (await MineAsync(pingdi, c.Id)).Where(n => n.Kind == NotificationKind.DueSoon).ToList();
        var single = Assert.Single(dueSoon);
        Assert.Contains("签收", single.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(await MineAsync(await app.As("handler-renhe"), c.Id), n => n.Kind == NotificationKind.DueSoon);

        // Signed: the next step's deadline is a new event, told once in its turn (if it presses yet).
        await pingdi.ActOkAsync(c.Id, "sign");
        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<NotifyDeadlines>().HandleAsync();
            await scope.ServiceProvider.GetRequiredService<NotifyDeadlines>().HandleAsync();
            var keys = await XinfangApp.Db(scope).Notifications.AsNoTracking().Where(n => n.CaseId == c.Id && n.DedupKey != null)
                .GroupBy(n => new { n.UserId, n.DedupKey }).Select(g => g.Count()).ToListAsync();
            Assert.All(keys, count => Assert.Equal(1, count));
        }
    }

    [Fact]
    public async Task AKnowledgeEntryPastItsReviewDate_RemindsItsUnitOnce()
    {
        var handler = await app.As("handler-renhe");
        var head = await app.As("head-renhe");
        var title = "复核提醒测试" + Guid.NewGuid().ToString("N")[..6];
        var today = Xinfang.Core.Common.ChinaTime.Today(app.Clock);
        var created = await handler.PostAsJsonAsync("/api/knowledge", new { kind = "ServiceGuide", title, body = "正文", tags = "测试", isPublic = false, reviewBy = today.AddDays(1) });
        var entry = (await created.Content.ReadFromJsonAsync<Xinfang.Core.Knowledge.Features.KnowledgeEntryView>(Json.Options))!;
        await handler.PostAsJsonAsync($"/api/knowledge/{entry.Id}/submit", new { });
        await head.PostAsJsonAsync($"/api/knowledge/{entry.Id}/approve", new { });
        await using (var scope = app.Scope())
        {
            // The review date passes (written directly: the app's clock is shared by every test).
            await XinfangApp.Db(scope).Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE \"KnowledgeEntries\" SET \"ReviewBy\" = {today.AddDays(-1)} WHERE \"Id\" = {entry.Id}");
            await scope.ServiceProvider.GetRequiredService<NotifyKnowledgeReviews>().HandleAsync();
            await scope.ServiceProvider.GetRequiredService<NotifyKnowledgeReviews>().HandleAsync();
        }

        foreach (var client in new[] { handler, head })
        {
            var mine = (await client.GetFromJsonAsync<PagedList<NotificationView>>("/api/notifications?pageSize=100", Json.Options))!.Items;
            var reminder = Assert.Single(mine, n => n.Kind == NotificationKind.KnowledgeReview && n.Title.Contains(title, StringComparison.Ordinal));
            Assert.Equal($"/knowledge/{entry.Id}", reminder.Link);
        }

        var pingdi = (await (await app.As("handler-pingdi")).GetFromJsonAsync<PagedList<NotificationView>>("/api/notifications?pageSize=100", Json.Options))!;
        Assert.DoesNotContain(pingdi.Items, n => n.Title.Contains(title, StringComparison.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteNotificationTests(SqliteApp app) : NotificationContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresNotificationTests(PostgresApp app) : NotificationContract(app);
