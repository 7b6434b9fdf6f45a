using Microsoft.Playwright;
using Xinfang.E2ETests.Pages;

namespace Xinfang.E2ETests;

/// <summary>The workbench on a tablet (SPEC §4.2, issue 3): in portrait and landscape every page fits the screen's
/// width (no sideways scrolling), and the menu, folded away on a narrow screen, can be opened and used.</summary>
public sealed class TabletLayoutTests(WorkbenchApp app) : IClassFixture<WorkbenchApp>
{
    [Theory]
    [InlineData(768, 1024, "portrait")]
    [InlineData(1024, 768, "landscape")]
    public async Task OnATablet_PagesFitTheWidth_AndTheMenuCanBeOpened(int width, int height, string orientation)
    {
        var screen = new ViewportSize { Width = width, Height = height };
        var registrar = await app.SignInAsync("registrar", screen: screen);
        await AssertFitsAsync(registrar, "/", $"tablet-{orientation}-01-queues");
        await AssertFitsAsync(registrar, "/cases/new", $"tablet-{orientation}-02-intake");
        await registrar.OpenAsync("/");
        var firstCase = registrar.Locator("[data-testid=case-table] [data-testid=case-link]").First;
        var href = await firstCase.GetAttributeAsync("href");
        await AssertFitsAsync(registrar, href!, $"tablet-{orientation}-03-case");

        await registrar.OpenAsync("/");
        // Below 992 px the menu is folded away (a zero-width sider) behind a button in the header band.
        var menuButton = registrar.Locator(".ant-layout-sider-zero-width-trigger");
        if (width < 992)
        {
            await menuButton.TapAsync();
            await registrar.Locator(".xf-sider:not(.ant-layout-sider-collapsed)").WaitForAsync();
        }
        else
        {
            Assert.False(await menuButton.IsVisibleAsync());
        }

        await registrar.Locator(".xf-sider").GetByText("登记信访事项").TapAsync();
        await registrar.WaitForURLAsync("**/cases/new");
        await registrar.Locator("form.xf-form").WaitForAsync();
        await registrar.ViewShotAsync($"tablet-{orientation}-04-menu-used");

        var leader = await app.SignInAsync("leader", screen: screen);
        await AssertFitsAsync(leader, "/dashboard", $"tablet-{orientation}-05-dashboard");
    }

    private static async Task AssertFitsAsync(IPage page, string path, string shot)
    {
        await page.OpenAsync(path);
        // Styles and fonts are in (the load event); "network idle" is not a state a live Blazor page reliably reaches.
        await page.WaitForLoadStateAsync(LoadState.Load);
        await WorkbenchApp.ShotAsync(page, shot);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, viewport) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= viewport, $"{path} is {scrollWidth}px wide on a {viewport}px screen: it scrolls sideways.");
    }
}
