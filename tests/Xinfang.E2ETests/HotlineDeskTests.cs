using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xinfang.E2ETests.Pages;

namespace Xinfang.E2ETests;

/// <summary>
/// 坐席工作台 in Chromium: the agent on seat 6 (by the roster) has the desk open; the exchange reports a call ringing on
/// that seat; the caller's card opens by itself with the number; the agent registers a case from it (the form starts from
/// the call); the case page shows the call.
/// </summary>
public sealed class HotlineDeskTests(WorkbenchApp app) : IClassFixture<WorkbenchApp>
{
    private const int Seat = 6;

    [Fact]
    public async Task ACallOpensTheCard_AndTheAgentRegistersACaseFromIt()
    {
        var admin = await app.ApiAsAsync("admin");
        // An agent of her own (the demo roster rotates the demo registrar through the seats).
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users");
        var unitId = users.EnumerateArray().First(u => u.GetProperty("userName").GetString() == "registrar").GetProperty("unitId").GetInt32();
        var created = await admin.PostAsJsonAsync("/api/admin/users",
            new { userName = "agent-e2e", displayName = "坐席 何丽", unitId, roles = new[] { "Registrar" }, password = WorkbenchApp.Password });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var registrarId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        // A sixth seat, free of the demo roster, with the registrar on it now.
        (await admin.PutAsJsonAsync("/api/hotline/seats", new { number = Seat, device = "SIP/8006" })).EnsureSuccessStatusCode();
        var agent = await (await admin.PostAsJsonAsync("/api/hotline/agents", new { code = "E2E-01", name = "何丽", userId = registrarId }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var now = DateTimeOffset.UtcNow;
        var rostered = await admin.PostAsJsonAsync("/api/hotline/roster", new { agentId = agent.GetProperty("id").GetInt32(), seat = Seat, from = now.AddHours(-1),
            to = now.AddHours(7) });
        Assert.True(rostered.IsSuccessStatusCode, await rostered.Content.ReadAsStringAsync());
        var issued = await (await admin.PostAsJsonAsync("/api/admin/integrations",
            new { name = "96097交换机", channel = "Hotline96097", permissions = new[] { "CallEvents" } })).Content.ReadFromJsonAsync<JsonElement>();
        using var exchange = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        exchange.DefaultRequestHeaders.Add("X-Api-Key", issued.GetProperty("apiKey").GetString());

        var page = await app.SignInAsync("agent-e2e");
        await page.OpenAsync("/hotline/desk");
        await Assertions.Expect(page.Locator("[data-testid=desk-seat]")).ToHaveValueAsync(Seat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-testid=desk-idle]")).ToBeVisibleAsync();

        const string caller = "13981234567";
        var callId = $"1733{Random.Shared.Next(100000, 999999)}.42";
        var ringing = await exchange.PostAsJsonAsync("/api/hotline/events", new { callId, @event = "ringing", caller, seat = Seat, at = DateTimeOffset.UtcNow });
        Assert.True(ringing.IsSuccessStatusCode, await ringing.Content.ReadAsStringAsync());
        await Assertions.Expect(page.Locator("[data-testid=caller-number]")).ToHaveTextAsync(caller);
        await page.ViewShotAsync("hotline-01-caller-card");
        await exchange.PostAsJsonAsync("/api/hotline/events", new { callId, @event = "answered", seat = Seat, at = DateTimeOffset.UtcNow });

        // The card's knowledge base: an entry found by what the caller asks puts its wording into the direct answer.
        await page.FillAsync("[aria-label=检索知识库]", "物业费上调");
        await page.ClickAsync("[data-testid=desk-knowledge-search]");
        var entry = page.Locator("[data-testid=desk-knowledge] li", new() { HasText = "物业费上调需要满足哪些条件" });
        await entry.Locator("[data-testid=use-knowledge]").ClickAsync();
        await Assertions.Expect(page.Locator("#answer-text")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^[^*]*不能单方面[^*]*业主大会"));
        await page.ViewShotAsync("hotline-01b-knowledge-on-card");

        await page.ClickAsync("[data-testid=register-from-call]");
        await Assertions.Expect(page.Locator("[data-testid=from-call]")).ToContainTextAsync(callId);
        await Assertions.Expect(page.Locator("#p0phone")).ToHaveValueAsync(caller);
        await page.SelectOptionAsync("#category", new SelectOptionValue { Label = "安置房分配" });
        await page.SelectOptionAsync("#region", new SelectOptionValue { Label = "仁和镇" });
        await page.FillAsync("#subject", "来电反映安置房迟迟未分配");
        await page.FillAsync("#content", "来电人反映其家庭为仁和镇征地拆迁户，安置房至今未分配，请求尽快落实。");
        await page.FillAsync("#p0name", "何建军");
        var intake = new IntakePage(page);
        await intake.SubmitAsync();
        var number = await intake.SavedNumberAsync();

        var casePage = new CasePage(page);
        await casePage.OpenAsync(number);
        await Assertions.Expect(page.Locator("[data-testid=case-call]")).ToContainTextAsync(callId);
        await page.ViewShotAsync(page.Locator("[data-testid=case-calls]"), "hotline-02-case-shows-call");
    }

    [Fact]
    public async Task TheSupervisor_ReadsTheYearsFigures_OfTheDemoHotline_ByShift()
    {
        var page = await app.SignInAsync("supervisor");
        await page.OpenAsync("/hotline");
        var today = DateTime.Now;
        await page.FillAsync("[data-testid=figures-from]", today.AddYears(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("[data-testid=figures-by]", "shift");
        await page.ClickAsync("[data-testid=figures-run]");
        var rows = page.Locator("[data-testid=figures-table] [data-testid=figure-row]");
        await Assertions.Expect(rows).ToHaveCountAsync(4); // 早班, 中班, 夜班 and the total
        await Assertions.Expect(rows.Filter(new() { HasText = "夜班" })).ToContainTextAsync("%");
        await page.ViewShotAsync("hotline-03-figures-by-shift");

        // Last month's assessment of the operator, scored against the default targets, with its Excel export.
        await page.ClickAsync("[data-testid=assessment-run]");
        await Assertions.Expect(page.Locator("[data-testid=assessment-score]")).ToContainTextAsync("等级");
        await Assertions.Expect(page.Locator("[data-testid=assessment-line]")).ToHaveCountAsync(6);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=assessment-xlsx]"));
        Assert.EndsWith("考核表.xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        await page.ViewShotAsync(page.Locator("[data-testid=assessment]"), "hotline-04-assessment");
    }
}
