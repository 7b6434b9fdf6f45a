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
        await page.OpenAsync($"/performance/{project.Code}?year=renhe-2022");
        var ruleTotal = page.Locator("[data-testid=rule-total] .xf-stat-value");
        var before = decimal.Parse((await ruleTotal.InnerTextAsync()).Trim(), System.Globalization.CultureInfo.InvariantCulture);

        await page.SelectOptionAsync("#target-indicator", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Choosing the indicator fills the form from it on the server: type only once that has happened, or the fill
        // overwrites what was typed (seen on a loaded machine).
        await Assertions.Expect(page.Locator("#target-completion")).ToHaveValueAsync(project.Indicators[number - 1].Completion ?? "");
        await page.FillAsync("#target-weight", "abc");
        await Assertions.Expect(page.Locator("#target-weight")).ToHaveValueAsync("abc");
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

    [Fact]
    public async Task PlanningTheNextYear_AddsAProjectWithItsIndicators()
    {
        var page = await app.SignInAsync("finance");
        var performance = new PerformancePage(page);
        await performance.OpenListAsync();

        await performance.PlanNextYearAsync("renhe-2023");
        Assert.Equal(11, (await performance.ProjectsAsync()).Count);
        await Assertions.Expect(page.Locator("#performance-year")).ToHaveValueAsync("renhe-2023");

        await performance.AddProjectAsync("bad code", "", "十万");
        var form = page.Locator("[data-testid=project-add-form]");
        await Assertions.Expect(form.Locator(".xf-field-error[data-field=initialBudget]")).ToContainTextAsync("须为数字");
        await performance.AddProjectAsync("bad code", "", "12.5");
        await Assertions.Expect(form.Locator(".xf-field-error[data-field=code]")).ToContainTextAsync("项目编码");
        await Assertions.Expect(form.Locator(".xf-field-error[data-field=name]")).ToContainTextAsync("项目名称");
        await WorkbenchApp.ShotAsync(page, "performance-06-project-errors");

        await performance.AddProjectAsync("51041126T000000400001", "矛盾纠纷多元化解专项经费", "12.5");
        await page.WaitForURLAsync("**/performance/51041126T000000400001?year=renhe-2023*");
        await page.WaitForSelectorAsync("[data-testid=indicators]");

        await performance.AddIndicatorAsync("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "95", "%", "30");
        await page.WaitForSelectorAsync("[data-testid=indicator-add-message]");
        await Assertions.Expect(performance.Indicator(1)).ToContainTextAsync("群众满意度");
        await Assertions.Expect(performance.Indicator(1)).ToContainTextAsync("≥ 95%");

        await performance.AddIndicatorAsync("产出指标", "数量指标", "群众满意度", "≥", "50", "件", "60");
        await Assertions.Expect(page.Locator("[data-testid=indicator-add-form] .xf-field-error[data-field=name]")).ToContainTextAsync("已有三级指标");
        await WorkbenchApp.ShotAsync(page, "performance-07-indicator-added");

        await performance.OpenListAsync();
        Assert.Contains(await performance.ProjectsAsync(), r => r.Code == "51041126T000000400001");
    }
}
