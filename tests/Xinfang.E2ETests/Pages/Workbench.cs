using Microsoft.Playwright;

namespace Xinfang.E2ETests.Pages;

/// <summary>Navigation that waits for the Blazor circuit, so no click is lost.</summary>
public static class Workbench
{
    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("[data-circuit=on]");
    }
}
