using Microsoft.Playwright;
using Xinfang.E2ETests.Pages;

namespace Xinfang.E2ETests;

/// <summary>Administration in Chromium: the administrator adds a unit (a taken code is refused next to the field)
/// and a handler account for it from the keyboard; the new handler signs in to their own workbench and replaces
/// the initial password without being signed out.</summary>
public sealed class AdminTests(WorkbenchApp app) : IClassFixture<WorkbenchApp>
{
    [Fact]
    public async Task Admin_CreatesAUnitAndItsHandler_WhoThenSignsIn()
    {
        var page = await app.SignInAsync("admin");
        var admin = new AdminPage(page);
        await admin.OpenAsync();
        await page.ViewShotAsync("admin-01-units");

        // A taken code is refused next to the code field; the form stays open with what was typed.
        await admin.FillUnitAsync("bureau", "区数据和政务服务局", "区属部门");
        await admin.SaveUnitAsync();
        await Assertions.Expect(admin.FieldError("code")).ToContainTextAsync("单位编码“BUREAU”已存在");
        Assert.Equal("区数据和政务服务局", await page.InputValueAsync("#unit-name"));
        await page.ViewShotAsync("admin-02-unit-code-taken");

        await page.FillAsync("#unit-code", "D-SHUJU");
        await admin.SaveUnitAsync();
        await Assertions.Expect(admin.Notice).ToContainTextAsync("已新增单位“区数据和政务服务局”（D-SHUJU）");
        await Assertions.Expect(admin.UnitRow("D-SHUJU")).ToContainTextAsync("区属部门");
        await admin.UnitRow("D-SHUJU").ScrollIntoViewIfNeededAsync();
        await page.ViewShotAsync("admin-03-unit-created");

        // The handler account, roles ticked and saved with Enter.
        await admin.TabAsync("用户与角色");
        await admin.FillUserAsync("handler-shuju", "承办人 刘志强", "区数据和政务服务局", ["Handler"], "weak");
        await admin.SaveUserWithEnterAsync();
        await Assertions.Expect(admin.FieldError("password")).ToContainTextAsync("至少8位");
        await page.ViewShotAsync("admin-04-user-password-refused");
        await page.FillAsync("#user-password", "Shuju@2026");
        await admin.SaveUserWithEnterAsync();
        await Assertions.Expect(admin.Notice).ToContainTextAsync("已新增用户“handler-shuju”");
        await Assertions.Expect(admin.UserRow("handler-shuju")).ToContainTextAsync("区数据和政务服务局");
        await Assertions.Expect(admin.UserRow("handler-shuju")).ToContainTextAsync("承办人");
        await admin.UserRow("handler-shuju").ScrollIntoViewIfNeededAsync();
        await page.ViewShotAsync("admin-05-user-created");
        await admin.TabAsync("问题分类");
        await page.ViewShotAsync("admin-06-categories");

        // The new handler signs in with the initial password and sees their (empty) unit workbench.
        var handler = await app.SignInAsync("handler-shuju", "Shuju@2026");
        await Assertions.Expect(handler.Locator("[data-testid=current-user]")).ToHaveTextAsync("承办人 刘志强");
        await Assertions.Expect(handler.Locator(".xf-roles")).ToHaveTextAsync("承办人");
        await handler.ViewShotAsync("admin-07-new-handler-signed-in");

        // They replace the initial password and stay signed in (the new security stamp renews their own session).
        await handler.GotoAsync("/account/password");
        await handler.FillAsync("#currentPassword", "Shuju@2026");
        await handler.FillAsync("#newPassword", "Shuju@2027!");
        await handler.FillAsync("#confirmPassword", "Shuju@2027!");
        await handler.ClickAsync(".xf-narrow button[type=submit]");
        await Assertions.Expect(handler.GetByRole(AriaRole.Status)).ToHaveTextAsync("密码已修改。");
        await handler.OpenAsync("/");
        await Assertions.Expect(handler.Locator("[data-testid=current-user]")).ToHaveTextAsync("承办人 刘志强");
    }

    /// <summary>The editor puts the focus on the first field of the kind of edit that is open: after a cancelled
    /// 新增单位 (whose code field is gone) an edit focuses the name, and the page keeps working.</summary>
    [Fact]
    public async Task Admin_CancelsANewUnitThenEditsOne_TheNameHasTheFocus()
    {
        var page = await app.SignInAsync("admin");
        var admin = new AdminPage(page);
        await admin.OpenAsync();
        await page.ClickAsync("[data-testid=new-unit]");
        await Assertions.Expect(page.Locator("#unit-code")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("[data-testid=unit-editor]")).ToHaveCountAsync(0);

        await admin.UnitRow("BUREAU").Locator("[data-action=edit]").ClickAsync();
        await Assertions.Expect(page.Locator("#unit-name")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.ClickAsync("[data-testid=new-unit]");
        await Assertions.Expect(page.Locator("#unit-code")).ToBeFocusedAsync();
        Assert.DoesNotContain(app.ServerLog.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }
}
