using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Playwright;
using Xinfang.E2ETests.Pages;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;

namespace Xinfang.E2ETests;

/// <summary>The bell in Chromium: a township handler at her workbench sees it light up, without reloading, when a matter is
/// dispatched to her unit, when her head assigns it to her and when the bureau urges it; the list opens the case (which
/// names her) and marks the notice read; 我的待办 lists it.</summary>
public sealed class NotificationTests(WorkbenchApp app) : IClassFixture<WorkbenchApp>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task AHandlerSeesTheBellLightUp_WhenACaseIsDispatchedToHerUnit_AssignedToHer_AndUrged()
    {
        var handler = await app.SignInAsync("handler-renhe");
        await handler.OpenAsync("/");
        var bell = handler.Locator("[data-testid=notification-bell]");
        await Assertions.Expect(bell).ToBeVisibleAsync();
        var before = await UnreadAsync(await app.ApiAsAsync("handler-renhe"));

        // The bureau registers and dispatches a matter to 仁和镇 (through its API; the dispatch screen has its own journey).
        var registrar = await app.ApiAsAsync("registrar");
        var categories = await registrar.GetFromJsonAsync<List<JsonElement>>("/api/organisation/categories", Json);
        var regions = await registrar.GetFromJsonAsync<List<JsonElement>>("/api/organisation/regions", Json);
        var units = await registrar.GetFromJsonAsync<List<JsonElement>>("/api/organisation/units", Json);
        int IdOf(List<JsonElement> items, string name) => items!.Single(i => i.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
        var request = new RegisterCaseRequest(Channel.Letter, DateTimeOffset.UtcNow, CaseForm.Complaint, StatutoryClass.ClaimRequest, IdOf(categories!, "欠薪"),
            IdOf(regions!, "仁和镇"), null, "工地拖欠工资", "我在仁和镇某工地干了三个月，工资至今未结清，请求帮助讨薪。",
            [new PetitionerRequest("李明", Xinfang.Core.Common.ChineseIdNumber.Make("510411", new DateOnly(1966, 3, 9), 7), "13812345678", "仁和镇大河村")]);
        var registered = await registrar.PostAsJsonAsync("/api/cases", request, Json);
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        var number = (await registered.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("number").GetString()!;
        await PortalTests.ActAsync(await app.ApiAsAsync("dispatcher"), number, "dispatch", new { mode = "Assign", leadUnitId = IdOf(units!, "仁和镇人民政府") });

        var count = handler.Locator("[data-testid=notification-count]");
        await Assertions.Expect(count).ToHaveTextAsync($"{before + 1}");
        await WorkbenchApp.ShotAsync(handler, "notify-01-dispatched");

        // The township head hands it to her by name (she is told), then the bureau urges it.
        var head = await app.ApiAsAsync("head-renhe");
        var people = await head.GetFromJsonAsync<List<JsonElement>>("/api/cases/handlers", Json);
        var me = people!.Single(p => p.GetProperty("name").GetString() == "仁和镇承办人").GetProperty("userId").GetInt32();
        await PortalTests.ActAsync(head, number, "assign", new { handlerUserId = me });
        await Assertions.Expect(count).ToHaveTextAsync($"{before + 2}");

        await PortalTests.ActAsync(await app.ApiAsAsync("supervisor"), number, "urge", new { note = "群众反映强烈，请加快办理" });
        await Assertions.Expect(count).ToHaveTextAsync($"{before + 3}");

        await bell.ClickAsync();
        var urged = handler.Locator("[data-testid=notification]", new() { HasText = $"催办：{number}" });
        await Assertions.Expect(urged).ToBeVisibleAsync();
        await Assertions.Expect(handler.Locator("[data-testid=notification]", new() { HasText = number })).ToHaveCountAsync(3);
        await Assertions.Expect(handler.Locator("[data-testid=notification]", new() { HasText = $"指派给您：{number}" })).ToBeVisibleAsync();
        await WorkbenchApp.ShotAsync(handler, "notify-02-list");
        await urged.Locator("[data-testid=notification-title]").ClickAsync();
        await Assertions.Expect(handler).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/cases/{number}$"));
        await Assertions.Expect(count).ToHaveTextAsync($"{before + 2}");
        await Assertions.Expect(handler.Locator("[data-testid=assignee]")).ToHaveTextAsync("仁和镇承办人");

        // 我的待办 lists it.
        await handler.OpenAsync("/cases");
        await handler.ClickAsync("[data-testid=queue-mine]");
        await Assertions.Expect(handler.Locator("tr", new() { HasText = number })).ToBeVisibleAsync();
    }

    private static async Task<int> UnreadAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/notifications/count")).GetProperty("unread").GetInt32();
}
