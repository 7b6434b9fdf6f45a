using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Xinfang.E2ETests.Pages;

namespace Xinfang.E2ETests;

/// <summary>系统管理 → 对接系统 in Chromium: the administrator registers the 12345 hotline's system, reads its key once,
/// that key hands a matter over the intake API, the administrator imports the channel's export file and reads the
/// per-row report; revoking the system stops the key.</summary>
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

        // The same channel's export file: the preview shows how the columns are read before anything is stored; the
        // import registers the good rows, sends the one with an unknown category to 待补录, and names the broken row.
        await page.OpenAsync("/intake/import");
        await page.SelectOptionAsync("[data-testid=import-channel]", new SelectOptionValue { Label = "12345热线交办" });
        var csv = string.Join("\r\n",
            "工单编号,来电时间,来电人,来电号码,诉求内容,问题分类,所属乡镇,诉求类别,法定分类",
            "GD20240301001,2024-03-01 09:15,刘德明,13811112222,仁和镇仁和社区路灯损坏多日，夜间出行不便。,市政设施,仁和镇,投诉,申诉求决类",
            "GD20240301002,2024-02-30 09:15,陈芳,13833334444,平地镇迤资村灌溉渠堵塞，影响春耕用水。,市政设施,平地镇,求助,申诉求决类",
            "GD20240301003,2024-03-02 08:05,周强,13855556666,公司拖欠三个月工资不发，请求帮助讨薪。,欠薪,金江镇,求助,申诉求决类",
            "GD20240301004,2024-03-02 10:30,吴敏,13877778888,小区门口占道经营，早晚高峰堵塞。,占道经营管理,仁和镇,投诉,申诉求决类");
        await page.Locator("[data-testid=import-file]").SetInputFilesAsync(new FilePayload
        {
            Name = "12345工单导出.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
        });
        await Assertions.Expect(page.Locator("[data-testid=import-preview] tr[data-line]")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("[data-testid=import-mapping]")).ToContainTextAsync("渠道事项编号 ← 工单编号");
        await Assertions.Expect(page.Locator("[data-testid=import-preview] tr[data-line='3']")).ToContainTextAsync("无法识别的时间");
        await page.ViewShotAsync("intake-01-preview");

        await page.ClickAsync("[data-testid=import-run]");
        await Assertions.Expect(page.Locator("[data-testid=import-summary]")).ToContainTextAsync("新登记 3 件（其中待补录 1 件），重复 0 行，未导入 1 行");
        await Assertions.Expect(page.Locator("[data-testid=import-report] tr[data-line='3']")).ToContainTextAsync("未导入");
        await Assertions.Expect(page.Locator("[data-testid=import-report] tr[data-line='2']")).ToContainTextAsync("RH");
        await Assertions.Expect(page.Locator("[data-testid=import-report] tr[data-line='5']")).ToContainTextAsync("待补录");
        await page.ViewShotAsync("intake-02-report");
        var toComplete = (await page.Locator("[data-testid=import-report] tr[data-line='5'] td").Nth(3).InnerTextAsync()).Trim();

        // A registrar completes that matter from the case page: only the missing category is asked for.
        var registrar = await app.SignInAsync("registrar");
        var casePage = new CasePage(registrar);
        await casePage.OpenAsync(toComplete);
        await Assertions.Expect(registrar.Locator("[data-testid=case-gaps]")).ToContainTextAsync("待补录：问题分类");
        await Assertions.Expect(registrar.Locator("[data-testid=case-gaps]")).ToContainTextAsync("占道经营管理");
        await casePage.DoAsync("complete", async p =>
        {
            Assert.Equal(0, await p.Locator("#statutoryClass").CountAsync());
            await registrar.ViewShotAsync("intake-03-complete");
            await p.SelectOptionAsync("#categoryId", new SelectOptionValue { Label = "市政设施" });
        });
        await Assertions.Expect(registrar.Locator("[data-testid=case-gaps]")).ToHaveCountAsync(0);
        await Assertions.Expect(registrar.Locator("[data-testid=timeline]")).ToContainTextAsync("补录：问题分类");
        await registrar.Context.CloseAsync();

        await admin.OpenAsync();
        await admin.TabAsync("对接系统");

        await admin.IntegrationRow("12345政务服务便民热线").Locator("[data-action=revoke]").ClickAsync();
        await Assertions.Expect(admin.Notice).ToContainTextAsync("其密钥即刻被拒绝");
        await Assertions.Expect(admin.IntegrationRow("12345政务服务便民热线")).ToContainTextAsync("已停用");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsJsonAsync("/api/intake", item)).StatusCode);
        await page.ViewShotAsync("integrations-02-revoked");
    }
}
