using System.Net.Http.Json;
using Microsoft.Playwright;
using Xinfang.E2ETests.Pages;

namespace Xinfang.E2ETests;

/// <summary>系统管理 → 短信与文书: the administrator changes the acceptance notice's body (a placeholder the step does not
/// fill is refused); the notice a unit issues next carries the new text, and the case page lists it with Word, PDF and
/// print links.</summary>
public sealed class NoticeTemplateTests(WorkbenchApp app) : IClassFixture<WorkbenchApp>
{
    [Fact]
    public async Task Admin_EditsTheAcceptanceNotice_AndTheCasePageListsTheNoticeIssuedWithIt()
    {
        var admin = await app.SignInAsync("admin");
        await new AdminPage(admin).OpenAsync();
        await new AdminPage(admin).TabAsync("短信与文书");
        var row = admin.Locator("[data-testid=notice-template][data-kind=Acceptance]");
        var body = row.Locator("textarea");
        await body.FillAsync("你（们）反映的“{事项标题}”已受理，由{承办单位}办理，经办人{经办人}。");
        await row.Locator("[data-testid=save-notice-template]").ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid=templates-message]")).ToContainTextAsync("不能使用占位符{经办人}");
        await body.FillAsync("你（们）于{收到日期}反映的“{事项标题}”（事项编号{事项编号}）已受理，由{承办单位}负责办理，{答复期限}前书面答复。（模板已修改）");
        await row.Locator("[data-testid=save-notice-template]").ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid=templates-message]")).ToContainTextAsync("已保存文书模板“信访事项受理告知书”");
        await admin.ViewShotAsync(row, "templates-01-notice-saved");

        // The dispatcher takes a registered matter and accepts it: the case page lists the notice with its number.
        var api = await app.ApiAsAsync("dispatcher");
        var registered = await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/cases?status=Registered&pageSize=1");
        var number = registered.GetProperty("items")[0].GetProperty("number").GetString()!;
        await PortalTests.ActAsync(api, number, "handle-itself");
        var dispatcher = await app.SignInAsync("dispatcher");
        var casePage = new CasePage(dispatcher);
        await casePage.OpenAsync(number);
        await casePage.DoAsync("accept");
        var notice = dispatcher.Locator("[data-testid=notice-row]", new() { HasText = "信访事项受理告知书" });
        await Assertions.Expect(notice).ToContainTextAsync("仁信受〔");
        await dispatcher.ViewShotAsync(notice, "templates-02-case-notices");

        var download = await dispatcher.RunAndWaitForDownloadAsync(() => notice.Locator("[data-testid=notice-docx]").ClickAsync());
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open((await download.PathAsync())!, false);
        Assert.Contains("（模板已修改）", doc.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);

        // The petitioner was told by text message; the administrator sees it among the deliveries, the number masked.
        await new AdminPage(admin).TabAsync("消息投递");
        var sms = admin.Locator("[data-testid=outbox-row][data-kind=sms]", new() { HasText = $"受理告知 {number}" });
        await Assertions.Expect(sms).ToContainTextAsync("****");
        await admin.ViewShotAsync(sms, "outbox-01-text-message");
    }
}
