using Microsoft.Playwright;

namespace Xinfang.E2ETests.Pages;

/// <summary>系统管理: the units, accounts, places and categories tabs.</summary>
public sealed class AdminPage(IPage page)
{
    public async Task OpenAsync() => await page.OpenAsync("/admin");

    public async Task TabAsync(string title)
    {
        await page.GetByRole(AriaRole.Tab, new() { Name = title }).ClickAsync();
        await page.WaitForSelectorAsync(title switch
        {
            "单位" => "[data-testid=units-table]",
            "用户与角色" => "[data-testid=users-table]",
            "区划" => "[data-testid=regions-table]",
            "对接系统" => "[data-testid=integrations-table]",
            "短信与文书" => "[data-testid=notice-template]",
            "消息投递" => "[data-testid=outbox-table]",
            _ => "[data-testid=categories-table]",
        });
    }

    public async Task FillUnitAsync(string code, string name, string kind)
    {
        await page.ClickAsync("[data-testid=new-unit]");
        await page.WaitForSelectorAsync("[data-testid=unit-editor]");
        await page.FillAsync("#unit-code", code);
        await page.FillAsync("#unit-name", name);
        await page.SelectOptionAsync("#unit-kind", new SelectOptionValue { Label = kind });
    }

    public async Task SaveUnitAsync() => await page.ClickAsync("[data-testid=save-unit]");

    public ILocator RegionRow(string code) => page.Locator($"[data-testid=regions-table] tr[data-code='{code}']");

    public ILocator IntegrationRow(string name) => page.Locator($"[data-testid=integrations-table] tr[data-integration='{name}']");

    public ILocator UnitRow(string code) => page.Locator($"[data-testid=units-table] tr[data-code='{code}']");

    public async Task FillUserAsync(string userName, string displayName, string unit, IEnumerable<string> roles, string password)
    {
        await page.ClickAsync("[data-testid=new-user]");
        await page.WaitForSelectorAsync("[data-testid=user-editor]");
        await page.FillAsync("#user-name", userName);
        await page.FillAsync("#user-display", displayName);
        await page.SelectOptionAsync("#user-unit", new SelectOptionValue { Label = unit });
        foreach (var role in roles)
        {
            await page.CheckAsync($"[data-testid=user-editor] input[data-role='{role}']");
        }

        await page.FillAsync("#user-password", password);
    }

    /// <summary>Saves the user form from the keyboard: Enter in the password field.</summary>
    public async Task SaveUserWithEnterAsync() => await page.PressAsync("#user-password", "Enter");

    public ILocator UserRow(string userName) => page.Locator($"[data-testid=users-table] tr[data-user='{userName}']");

    public ILocator FieldError(string field) => page.Locator($".xf-field-error[data-field='{field}']");

    public ILocator Notice => page.Locator("[data-testid=admin-notice]");
}
