using Microsoft.Playwright;

namespace Xinfang.E2ETests.Pages;

/// <summary>Screenshots of what is on screen at 1366×768 (not the full page), to check layout where it matters.</summary>
public static class ViewShots
{
    public static async Task ViewShotAsync(this IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(WorkbenchApp.Artifacts, name + ".png"), FullPage = false });

    public static async Task ViewShotAsync(this IPage page, ILocator scrollTo, string name)
    {
        await scrollTo.ScrollIntoViewIfNeededAsync();
        await page.ViewShotAsync(name);
    }
}
