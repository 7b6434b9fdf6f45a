using Microsoft.Playwright;
using Xinfang.Core.Performance.Features;
using Xinfang.E2ETests.Pages;

namespace Xinfang.E2ETests;

/// <summary>Finance staff enter a missing completion value on the project page; the project is re-scored by rule.</summary>
public sealed class PerformanceTargetTests(WorkbenchApp app) : IClassFixture<WorkbenchApp>
{
    [Fact]
    public async Task EnteringAMissingCompletionValue_RescoresTheProject()
    {
        var project = PerformanceSampleCatalog.Find("renhe-2022")!.Projects.Single(p => p.Code.EndsWith("395059", StringComparison.Ordinal));
        var number = project.Indicators.ToList().FindIndex(i => string.IsNullOrEmpty(i.Completion)) + 1;
        Assert.True(number > 0, "the sample has an indicator without a completion value");

        var page = await app.SignInAsync("finance");
        await page.OpenAsync($"/performance/{project.Code}");
        var ruleTotal = page.Locator("[data-testid=rule-total] .xf-stat-value");
        var before = decimal.Parse((await ruleTotal.InnerTextAsync()).Trim(), System.Globalization.CultureInfo.InvariantCulture);

        await page.SelectOptionAsync("#target-indicator", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#target-weight", "abc");
        await page.ClickAsync("[data-testid=save-target]");
        await Assertions.Expect(page.Locator("[data-testid=target-form] .xf-field-error[data-field=weight]")).ToContainTextAsync("权重");

        await page.SelectOptionAsync("#target-indicator", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#target-completion", "12");
        await page.ClickAsync("[data-testid=save-target]");
        await page.WaitForSelectorAsync("[data-testid=target-message]");
        await Assertions.Expect(page.Locator($"[data-testid=indicator-row][data-number='{number}'] [data-testid=completion]")).ToHaveTextAsync("12");

        var after = decimal.Parse((await ruleTotal.InnerTextAsync()).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(after > before, $"rule total {before} → {after}");
        await WorkbenchApp.ShotAsync(page, "performance-05-target-entered");
    }
}
