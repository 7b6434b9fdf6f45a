using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Xinfang.E2ETests.Pages;

namespace Xinfang.E2ETests;

/// <summary>系统管理 → 对接系统 in Chromium: the administrator registers the 12345 hotline's system, reads its key once,
/// and that key hands a matter over the intake API; revoking the system stops the key.</summary>
public sealed class IntegrationClientTests(WorkbenchApp app) : IClassFixture<WorkbenchApp>
{
    [Fact]
    public async Task Admin_RegistersAClient_WhoseKeyHandsAMatterOver()
    {
        var page = await app.SignInAsync("admin");
        var admin = new AdminPage(page);
        await admin.OpenAsync();
        await admin.TabAsync("对接系统");

        // A missing name and channel are named next to their fields.
        await page.ClickAsync("[data-testid=new-integration]");
        await page.ClickAsync("[data-testid=save-integration]");
        await Assertions.Expect(admin.FieldError("name")).ToContainTextAsync("请填写对接系统名称");
        await Assertions.Expect(admin.FieldError("channel")).ToContainTextAsync("请选择");

        await page.FillAsync("#integration-name", "12345政务服务便民热线");
        await page.SelectOptionAsync("#integration-channel", new SelectOptionValue { Label = "12345热线交办" });
        await page.FillAsync("#integration-outbound", "https://12345.example.invalid/status");
        await page.ClickAsync("[data-testid=save-integration]");
        await Assertions.Expect(admin.Notice).ToContainTextAsync("已登记“12345政务服务便民热线”");
        var key = (await page.Locator("[data-testid=api-key]").InnerTextAsync()).Trim();
        Assert.StartsWith("xf_", key, StringComparison.Ordinal);
        await Assertions.Expect(admin.IntegrationRow("12345政务服务便民热线")).ToContainTextAsync("推送事项");
        await page.ViewShotAsync("integrations-01-key-shown-once");

        // The key is not shown again once acknowledged.
        await page.GetByRole(AriaRole.Button, new() { Name = "我已记下" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=api-key]")).ToHaveCountAsync(0);
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);

        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var item = new
        {
            externalId = "12345-E2E-0001",
            receivedAt = DateTimeOffset.Now,
            petitioners = new[] { new { name = "李桂芳", phone = "13612345678" } },
            text = "前进镇团山村至镇上的道路塌方，车辆无法通行，请尽快修复。",
            category = "市政设施",
            township = "前进镇",
            form = "Complaint",
            statutoryClass = "ClaimRequest",
        };
        var created = await http.PostAsJsonAsync("/api/intake", item);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        await admin.IntegrationRow("12345政务服务便民热线").Locator("[data-action=revoke]").ClickAsync();
        await Assertions.Expect(admin.Notice).ToContainTextAsync("其密钥即刻被拒绝");
        await Assertions.Expect(admin.IntegrationRow("12345政务服务便民热线")).ToContainTextAsync("已停用");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsJsonAsync("/api/intake", item)).StatusCode);
        await page.ViewShotAsync("integrations-02-revoked");
    }
}
