using Microsoft.Playwright;

namespace Xinfang.E2ETests.Pages;

/// <summary>The Finance pages: the list of department-years and one department-year's grids, findings and files.</summary>
public sealed class FinancePage(IPage page)
{
    public async Task OpenListAsync()
    {
        await page.OpenAsync("/finance");
        await page.WaitForSelectorAsync("[data-testid=accounts-row]");
    }

    public async Task OpenAsync(string id)
    {
        await page.OpenAsync($"/finance/{id}");
        await page.WaitForSelectorAsync("[data-testid=findings]");
    }

    /// <summary>(errors, warnings, infos) of a department-year as the list shows them.</summary>
    public async Task<(int Errors, int Warnings, int Infos)> ListedCountsAsync(string id)
    {
        var row = page.Locator($"[data-testid=accounts-row][data-id='{id}']");
        return (int.Parse(await row.Locator("[data-testid=errors]").InnerTextAsync()),
            int.Parse(await row.Locator("[data-testid=warnings]").InnerTextAsync()),
            int.Parse(await row.Locator("[data-testid=infos]").InnerTextAsync()));
    }

    public async Task<int> StatAsync(string name) =>
        int.Parse((await page.Locator($"[data-testid=stat-{name}] .xf-stat-value").InnerTextAsync()).Trim());

    public ILocator Finding(string rule, string severity) =>
        page.Locator($"[data-testid=finding][data-rule='{rule}'][data-severity={severity}]");

    public async Task<IReadOnlyList<string>> RulesAsync() =>
        [.. await page.Locator("[data-testid=finding]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.rule)")];

    public ILocator Row(string field) => page.Locator($"[data-testid=figures-form] tr[data-row='{field}']");

    public ILocator Cell(string field, string column) => page.Locator($"[data-testid=figures-form] input[data-cell='{field}.{column}']");

    /// <summary>Types into a cell and saves; waits for the page to answer (saved, or refused).</summary>
    public async Task SetAndSaveAsync(string field, string column, string text)
    {
        await Cell(field, column).FillAsync(text);
        await Cell(field, column).BlurAsync();
        var before = await page.Locator("[data-testid=save-message], [data-testid=save-error]").AllInnerTextsAsync();
        await page.ClickAsync("[data-testid=save-figures]");
        await page.WaitForFunctionAsync(
            "before => { const e = document.querySelector('[data-testid=save-message], [data-testid=save-error]'); return e && !before.includes(e.innerText); }",
            before.ToArray());
    }

    public async Task<string> DownloadAsync(string testId, string directory)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"[data-testid={testId}]"));
        var path = Path.Combine(directory, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }

    public async Task UploadAsync(string path)
    {
        await page.SetInputFilesAsync("[data-testid=import] input[type=file]", path);
        await page.WaitForSelectorAsync("[data-testid=import-failed], [data-testid=import-done]");
    }
}
