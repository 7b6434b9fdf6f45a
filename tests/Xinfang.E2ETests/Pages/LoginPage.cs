using Microsoft.Playwright;

namespace Xinfang.E2ETests.Pages;

public sealed class LoginPage(IPage page)
{
    public async Task SignInAsync(string userName, string password)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        try
        {
            await page.WaitForSelectorAsync("[data-circuit=on]");
        }
        catch (TimeoutException)
        {
            await WorkbenchApp.ShotAsync(page, $"failed-sign-in-{userName}");
            var text = await page.InnerTextAsync("body");
            throw new TimeoutException($"No live workbench after signing in as {userName}: at {page.Url}, page says: {text[..Math.Min(300, text.Length)]}");
        }
    }
}
