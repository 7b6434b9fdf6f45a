using Microsoft.Playwright;

namespace Xinfang.E2ETests.Pages;

public sealed class CasePage(IPage page)
{
    public async Task OpenAsync(string number) => await page.OpenAsync($"/cases/{number}");

    public async Task<string> StatusAsync() => (await page.Locator("[data-testid=case-status]").InnerTextAsync()).Trim();

    public async Task<IReadOnlyList<string>> ActionsAsync() =>
        await page.Locator("[data-testid=actions] button[data-action]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.action)");

    /// <summary>Clicks an action; when it asks for input, fills it and confirms. Waits until the status changes or a message shows.</summary>
    public async Task DoAsync(string action, Func<IPage, Task>? fill = null)
    {
        var before = await page.Locator("[data-testid=timeline] li").CountAsync();
        await page.ClickAsync($"[data-testid=actions] button[data-action='{action}']");
        if (fill is not null)
        {
            await page.WaitForSelectorAsync("[data-testid=action-form]");
            await fill(page);
            await page.ClickAsync("[data-testid=submit-action]");
        }

        await page.WaitForFunctionAsync("n => document.querySelectorAll('[data-testid=timeline] li').length > n || document.querySelector('.xf-alert-error')", before);
    }

    public ILocator Message => page.Locator("[data-testid=action-message]");
}
