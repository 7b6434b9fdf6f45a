using Microsoft.Playwright;

namespace Xinfang.E2ETests.Pages;

public sealed record ProjectRow(string Code, string EnteredTotal, string RuleTotal, string Grade, int Gaps);

/// <summary>The Performance pages: the projects of the year under a rule profile, and one project.</summary>
public sealed class PerformancePage(IPage page)
{
    public async Task OpenListAsync(string? profile = null)
    {
        await page.OpenAsync(profile is null ? "/performance" : $"/performance?profile={profile}");
        await page.WaitForSelectorAsync("[data-testid=project-row]");
    }

    public async Task<IReadOnlyList<ProjectRow>> ProjectsAsync()
    {
        var rows = new List<ProjectRow>();
        foreach (var row in await page.Locator("[data-testid=project-row]").AllAsync())
        {
            var gaps = row.Locator("[data-testid=gaps]");
            rows.Add(new ProjectRow(
                (await row.GetAttributeAsync("data-code"))!,
                (await row.Locator("[data-testid=entered-total]").InnerTextAsync()).Trim(),
                (await row.Locator("[data-testid=rule-total]").InnerTextAsync()).Trim(),
                (await row.Locator("[data-testid=grade]").InnerTextAsync()).Trim(),
                await gaps.CountAsync() == 0 ? 0 : int.Parse((await gaps.GetAttributeAsync("data-count"))!)));
        }
        return rows;
    }

    public async Task ChooseProfileAsync(string profile, string expectedTitle)
    {
        await page.SelectOptionAsync("[data-testid=profile]", profile);
        await page.Locator("[data-testid=profile-title]").Filter(new() { HasText = expectedTitle }).WaitForAsync();
    }

    public async Task OpenProjectAsync(string code)
    {
        await page.OpenAsync($"/performance/{code}");
        await page.WaitForSelectorAsync("[data-testid=indicators]");
    }

    /// <summary>以本年度为模板新建下一年度: the list then shows the new year.</summary>
    public async Task PlanNextYearAsync(string expectedYearId)
    {
        await page.ClickAsync("[data-testid=plan-next-year]");
        // The new year's address, or the page's refusal (shown, so a failure says why rather than timing out).
        var planned = page.WaitForURLAsync($"**/performance?year={expectedYearId}*", new() { Timeout = 60_000 });
        var refused = page.Locator("[role=alert]").First.WaitForAsync(new() { Timeout = 60_000 });
        await Task.WhenAny(planned, refused);
        if (refused.IsCompletedSuccessfully && !planned.IsCompleted)
        {
            throw new InvalidOperationException($"planning the next year failed: {await page.Locator("[role=alert]").First.InnerTextAsync()}");
        }
        await planned;
        await page.WaitForSelectorAsync("[data-testid=project-row]");
    }

    public async Task AddProjectAsync(string code, string name, string initialBudget)
    {
        var form = page.Locator("[data-testid=project-add-form]");
        await form.Locator("#project-code").FillAsync(code);
        await form.Locator("#project-name").FillAsync(name);
        await form.Locator("#project-initial").FillAsync(initialBudget);
        await form.Locator("[data-testid=add-project]").ClickAsync();
    }

    public async Task AddIndicatorAsync(string level1, string level2, string name, string nature, string target, string unit, string weight)
    {
        var form = page.Locator("[data-testid=indicator-add-form]");
        await form.Locator("#add-level1").SelectOptionAsync(level1);
        await form.Locator("#add-level2").SelectOptionAsync(level2);
        await form.Locator("#add-name").FillAsync(name);
        await form.Locator("#add-nature").SelectOptionAsync(nature);
        await form.Locator("#add-target").FillAsync(target);
        await form.Locator("#add-unit").FillAsync(unit);
        await form.Locator("#add-weight").FillAsync(weight);
        await form.Locator("[data-testid=add-indicator]").ClickAsync();
    }

    public ILocator Indicator(int number) => page.Locator($"[data-testid=indicator-row][data-number='{number}']");

    public async Task BindAsync(int indicator, string figure)
    {
        var form = page.Locator("[data-testid=binding-form]");
        await form.Locator("#bind-indicator").SelectOptionAsync(indicator.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await form.Locator("#bind-figure").SelectOptionAsync(figure);
        await form.Locator("[data-testid=bind]").ClickAsync();
        await form.Locator("[data-testid=bind-message], [data-testid=bind-error]").WaitForAsync();
    }

    public async Task MonitorAsync(string date, string executed)
    {
        var form = page.Locator("[data-testid=monitoring]");
        await form.Locator("#monitor-date").FillAsync(date);
        await form.Locator("#monitor-executed").FillAsync(executed);
        await form.Locator("#monitor-executed").BlurAsync();
        await form.Locator("[data-testid=monitor]").ClickAsync();
        await form.Locator("[data-testid=monitor-result], [data-testid=monitor-error]").WaitForAsync();
    }
}
