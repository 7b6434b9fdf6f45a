using Microsoft.Playwright;
using Xinfang.Core.Common;
using Xinfang.E2ETests.Pages;

namespace Xinfang.E2ETests;

/// <summary>The journey of issue 3, in Debian's Chromium against the real app: a letter from registration to a
/// satisfied close through a reopen, each role in its own browser session, with a screenshot at every step.</summary>
public sealed partial class CaseJourneyTests(WorkbenchApp app) : IClassFixture<WorkbenchApp>
{
    [Fact]
    public async Task Letter_AssignedToTownship_ExtendedReopenedAndClosed_MovesTheSatisfactionRate()
    {
        var leader = await app.SignInAsync("leader");
        var dashboard = new DashboardPage(leader);
        await dashboard.OpenAsync();
        var (satisfiedBefore, ratedBefore) = await dashboard.SatisfactionAsync();
        // 按标志统计: a row per flag, also after a full page load (the prerendered figures carried to the live page).
        await Assertions.Expect(leader.Locator("[data-testid=flag-rates] tbody tr")).ToHaveCountAsync(7);
        await WorkbenchApp.ShotAsync(leader, "01-leader-dashboard-before");

        // 1. The registrar registers a letter.
        var registrar = await app.SignInAsync("registrar");
        var intake = new IntakePage(registrar);
        await intake.OpenAsync();
        await intake.FillLetterAsync("安置房迟迟未分配", "我家是仁和镇大河村征地拆迁户，按协议应于去年底分配安置房，至今未分配，请求尽快落实安置。",
            "李秀英", ChineseIdNumber.Make("510411", new DateOnly(1968, 5, 12), 42), "13908123456");
        await WorkbenchApp.ShotAsync(registrar, "02-registrar-intake-filled");
        await intake.SubmitAsync();
        await registrar.WaitForSelectorAsync("[data-testid=saved]");
        var number = await intake.SavedNumberAsync();
        Assert.Matches(@"^RH\d{4}-\d{6}$", number);
        Assert.Contains("须于", await registrar.Locator("[data-testid=saved]").InnerTextAsync(), StringComparison.Ordinal);
        await WorkbenchApp.ShotAsync(registrar, "03-registrar-saved");

        // 2. The dispatcher assigns it to the township.
        var dispatcher = await app.SignInAsync("dispatcher");
        var dispatcherCase = new CasePage(dispatcher);
        await dispatcherCase.OpenAsync(number);
        Assert.Equal("已登记", await dispatcherCase.StatusAsync());
        await dispatcherCase.DoAsync("dispatch", async p =>
        {
            // The model proposes the units that led the district's closed cases of the same kind.
            await Assertions.Expect(p.Locator("[data-testid=unit-suggestions]")).ToContainTextAsync("安置房分配");
            await p.SelectOptionAsync("#mode", "Assign");
            await p.SelectOptionAsync("#leadUnit", new SelectOptionValue { Label = "仁和镇人民政府" });
            await WorkbenchApp.ShotAsync(p, "04-dispatcher-dispatch-form");
        });
        Assert.Equal("待签收", await dispatcherCase.StatusAsync());

        // 3. The township handler signs, accepts and asks for an extension.
        var handler = await app.SignInAsync("handler-renhe");
        var handlerCase = new CasePage(handler);
        await handlerCase.OpenAsync(number);
        Assert.Equal(["sign", "return"], await handlerCase.ActionsAsync());
        await handlerCase.DoAsync("sign");
        await handlerCase.DoAsync("accept");
        Assert.Equal("办理中", await handlerCase.StatusAsync());
        var replyDue = await handler.Locator("[data-testid=reply-due]").InnerTextAsync();
        await handlerCase.DoAsync("request-extension", async p =>
        {
            await p.FillAsync("#days", "20");
            await p.FillAsync("#reason", "需会同区自然资源局核实安置名单");
        });
        await WorkbenchApp.ShotAsync(handler, "05-handler-extension-requested");

        // 4. The dispatcher approves the extension.
        await dispatcherCase.OpenAsync(number);
        await dispatcherCase.DoAsync("approve-extension");
        Assert.NotEqual(replyDue, await dispatcher.Locator("[data-testid=reply-due]").InnerTextAsync());

        // 5. The handler reports the result (an assigned case), the bureau checks it: the reply goes out.
        await handlerCase.OpenAsync(number);
        await handlerCase.DoAsync("report-result", p => p.FillAsync("#text", "已协调安置房分配，定于下月交房。"));
        await dispatcherCase.OpenAsync(number);
        await dispatcherCase.DoAsync("approve-result");
        Assert.Equal("已答复", await dispatcherCase.StatusAsync());

        // 6. The registrar calls back: unsatisfied; the dispatcher reopens.
        var registrarCase = new CasePage(registrar);
        await registrarCase.OpenAsync(number);
        await registrarCase.DoAsync("callback", async p =>
        {
            await p.SelectOptionAsync("#satisfaction", "Unsatisfied");
            await p.FillAsync("#note", "群众认为交房时间太晚");
        });
        Assert.Equal("不满意", (await registrar.Locator("[data-testid=satisfaction]").InnerTextAsync()).Trim());
        await WorkbenchApp.ShotAsync(registrar, "06-registrar-callback-unsatisfied");
        await dispatcherCase.OpenAsync(number);
        await dispatcherCase.DoAsync("reopen", p => p.FillAsync("#reason", "群众不满意，同意重办"));
        Assert.Equal("办理中", await dispatcherCase.StatusAsync());

        // 7. Second round: reported, approved, called back satisfied, closed.
        await handlerCase.OpenAsync(number);
        await handlerCase.DoAsync("report-result", p => p.FillAsync("#text", "已提前交房，群众已入住。"));
        await dispatcherCase.OpenAsync(number);
        await dispatcherCase.DoAsync("approve-result");
        await registrarCase.OpenAsync(number);
        await registrarCase.DoAsync("callback", p => p.SelectOptionAsync("#satisfaction", "Satisfied"));
        await registrarCase.DoAsync("close");
        Assert.Equal("办结", await registrarCase.StatusAsync());
        await WorkbenchApp.ShotAsync(registrar, "07-registrar-closed");

        // 8. The leader's satisfaction rate has moved by exactly this case.
        await dashboard.OpenAsync();
        var (satisfiedAfter, ratedAfter) = await dashboard.SatisfactionAsync();
        Assert.Equal((satisfiedBefore + 1, ratedBefore + 1), (satisfiedAfter, ratedAfter));
        await WorkbenchApp.ShotAsync(leader, "08-leader-dashboard-after");

        // 9. Another township's handler types the URL by hand: refused.
        var other = await app.SignInAsync("handler-pingdi");
        await other.OpenAsync($"/cases/{number}");
        await other.WaitForSelectorAsync("[data-testid=denied], .ant-result");
        Assert.Contains("无权", await other.Locator(".ant-result").InnerTextAsync(), StringComparison.Ordinal);
        await WorkbenchApp.ShotAsync(other, "09-other-township-denied");
    }

    [Fact]
    public async Task Intake_WithAnInvalidIdNumber_ShowsTheErrorNextToTheField()
    {
        var registrar = await app.SignInAsync("registrar");
        var intake = new IntakePage(registrar);
        await intake.OpenAsync();
        await intake.FillLetterAsync("测试", "测试内容", "王五", "510411196805120421", "13908123456");
        await registrar.FillAsync("#subject", "");
        await intake.SubmitAsync();

        await Assertions.Expect(intake.FieldError("subject")).ToHaveTextAsync("请填写事项标题。");
        await Assertions.Expect(intake.FieldError("petitioners[0].idNumber")).ToContainTextAsync("身份证号码无效");
        await WorkbenchApp.ShotAsync(registrar, "10-intake-errors");
    }

    [Fact]
    public async Task Queues_ShowCountsAndDeadlineBadges()
    {
        var dispatcher = await app.SignInAsync("dispatcher");
        await dispatcher.OpenAsync("/");
        await dispatcher.ClickAsync("[data-testid=queue-InProgress]");
        await dispatcher.WaitForSelectorAsync("[data-testid=case-link]");
        Assert.True(await dispatcher.Locator("[data-testid=case-link]").CountAsync() > 0);
        await WorkbenchApp.ShotAsync(dispatcher, "11-queues-in-progress");
        await dispatcher.OpenAsync("/supervision");
        await WorkbenchApp.ShotAsync(dispatcher, "12-supervision-board");
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_SaysSoInChinese()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#userName", "registrar");
        await page.FillAsync("#password", "wrong");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("[data-testid=login-error]")).ToHaveTextAsync("用户名或密码错误。");
        await WorkbenchApp.ShotAsync(page, "00-login-error");
    }
}
