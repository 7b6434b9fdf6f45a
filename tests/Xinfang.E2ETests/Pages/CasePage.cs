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

    /// <summary>Picks files in the open action form and waits until they are listed.</summary>
    public static async Task AttachAsync(IPage page, params FilePayload[] files)
    {
        await page.SetInputFilesAsync("[data-testid=action-form] [data-testid=attachment-picker] input[type=file]", files);
        await Assertions.Expect(page.Locator("[data-testid=action-form] [data-testid=picked-file]")).ToHaveCountAsync(files.Length);
    }

    /// <summary>The case's documents as listed on its page.</summary>
    public ILocator AttachmentLinks => page.Locator("[data-testid=attachments] [data-testid=attachment-link]");

    /// <summary>The documents named under the timeline step of the given Chinese action name.</summary>
    public ILocator StepAttachments(string actionName) =>
        page.Locator("[data-testid=timeline] li").Filter(new LocatorFilterOptions { Has = page.Locator($"b:text-is('{actionName}')") }).Locator("[data-testid=step-attachments] a");

    /// <summary>Downloads a listed document through its link and returns the bytes the browser saved.</summary>
    public async Task<byte[]> DownloadAsync(string fileName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => AttachmentLinks.Filter(new LocatorFilterOptions { HasText = fileName }).ClickAsync());
        Assert.Equal(fileName, download.SuggestedFilename);
        return await File.ReadAllBytesAsync((await download.PathAsync())!);
    }
}
