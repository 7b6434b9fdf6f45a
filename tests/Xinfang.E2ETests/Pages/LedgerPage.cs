using Microsoft.Playwright;

namespace Xinfang.E2ETests.Pages;

/// <summary>督办 → 重点问题台账: the list with its chart and campaigns, the entry form, and an entry's page.</summary>
public sealed class LedgerPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.OpenAsync("/supervision/ledger");
        await page.WaitForSelectorAsync("[data-testid=ledger-table]");
        await page.Locator("[data-testid=ledger-chart] svg, [data-testid=ledger-chart] canvas").First.WaitForAsync();
    }

    public ILocator Form => page.Locator("[data-testid=ledger-form]");

    public ILocator FieldError(string field) => Form.Locator($".xf-field-error[data-field={field}]");

    public async Task StartNewAsync()
    {
        await page.ClickAsync("[data-testid=add-ledger]");
        await Form.WaitForAsync();
    }

    public Task SaveAsync() => Form.Locator("[data-testid=save-ledger]").ClickAsync();

    public async Task FillAsync(string title, string township, string leader, string unit, DateOnly targetDate, string target, string? campaign)
    {
        await Form.Locator("#ledger-title").FillAsync(title);
        await Form.Locator("#ledger-region").SelectOptionAsync(new SelectOptionValue { Label = township });
        await Form.Locator("#ledger-leader").SelectOptionAsync(new SelectOptionValue { Label = leader });
        await Form.Locator("#ledger-unit").SelectOptionAsync(new SelectOptionValue { Label = unit });
        await Form.Locator("#ledger-target-date").FillAsync(targetDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Form.Locator("#ledger-target").FillAsync(target);
        if (campaign is not null)
        {
            await Form.Locator("#ledger-campaign").SelectOptionAsync(new SelectOptionValue { Label = campaign });
        }
    }

    /// <summary>After saving a new entry the browser is on its page.</summary>
    public async Task WaitForEntryAsync(string title)
    {
        try
        {
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(title);
        }
        catch (PlaywrightException)
        {
            await WorkbenchApp.ShotAsync(page, "failed-ledger-save");
            var text = await page.InnerTextAsync("body");
            throw new InvalidOperationException($"No entry page after saving, at {page.Url}: {text[..Math.Min(600, text.Length)]}");
        }

        Assert.Matches("/supervision/ledger/[0-9a-f-]{36}$", page.Url);
    }

    public ILocator Status => page.Locator("[data-testid=ledger-status]");

    public ILocator Notes => page.Locator("[data-testid=ledger-notes] li");

    public async Task ReportProgressAsync(string text, string status)
    {
        var before = await Notes.CountAsync();
        await page.FillAsync("#progress-text", text);
        await page.SelectOptionAsync("#progress-status", new SelectOptionValue { Label = status });
        await page.ClickAsync("[data-testid=save-progress]");
        await Assertions.Expect(Notes).ToHaveCountAsync(before + 1);
    }

    public async Task LinkCaseAsync(string number)
    {
        await page.FillAsync("#link-case", number);
        await page.ClickAsync("[data-testid=link-case]");
        await page.Locator($"[data-testid=linked-cases] tr[data-number='{number}']").WaitForAsync();
    }

    public async Task CommentAsync(string text)
    {
        var before = await Notes.CountAsync();
        await page.FillAsync("#comment-text", text);
        await page.ClickAsync("[data-testid=save-comment]");
        await Assertions.Expect(Notes).ToHaveCountAsync(before + 1);
    }
}
