using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Xinfang.Core.Performance.Features;
using Xinfang.Core.Performance.Rules;
using Xinfang.Core.Performance.Samples;
using Xinfang.E2ETests.Pages;

namespace Xinfang.E2ETests;

/// <summary>Issue 5 in Chromium: the eleven projects of renhe-2022 scored by the rules beside the entered totals,
/// the grades under another profile, one project's gaps explained, monitoring, and an indicator bound to the Cases
/// module and measured.</summary>
public sealed class PerformanceTests(WorkbenchApp app) : IClassFixture<WorkbenchApp>
{
    private const string Centre = Renhe2022Performance.AcceptanceCentreCode;

    [Fact]
    public async Task Projects_ShowRuleTotalsAndGrades_AndTheShanghaiProfileRenamesTheLowerGrades()
    {
        var page = await app.SignInAsync("leader");
        var performance = new PerformancePage(page);
        await performance.OpenListAsync();

        await page.Locator("[data-testid=scores-chart] svg, [data-testid=scores-chart] canvas").First.WaitForAsync();
        var expected = EvaluationSummary.Of(EvaluatePerformance.Handle(Renhe2022Performance.Create()));
        var rows = await performance.ProjectsAsync();
        Assert.Equal(11, rows.Count);
        Assert.Equal(expected.Projects.Select(p => (p.Code, Score(p.EnteredTotal), Score(p.RuleTotal), p.Grade, p.Gaps.Count())),
            rows.Select(r => (r.Code, r.EnteredTotal, r.RuleTotal, r.Grade, r.Gaps)));
        var centre = rows.Single(r => r.Code == Centre);
        Assert.Equal(("93.5", "70.5", "中"), (centre.EnteredTotal, centre.RuleTotal, centre.Grade));
        Assert.Equal("差", rows.Single(r => r.Code == "51041122T000005590331").Grade);
        await WorkbenchApp.ShotAsync(page, "performance-01-projects-default");
        await page.ViewShotAsync("performance-01a-top-view");

        await performance.ChooseProfileAsync("shanghai", RuleProfiles.Shanghai.Title);
        var shanghai = EvaluationSummary.Of(EvaluatePerformance.Handle(Renhe2022Performance.Create(), RuleProfiles.Shanghai));
        rows = await performance.ProjectsAsync();
        Assert.Equal(shanghai.Projects.Select(p => (p.Code, Score(p.RuleTotal), p.Grade)), rows.Select(r => (r.Code, r.RuleTotal, r.Grade)));
        Assert.Equal("合格", rows.Single(r => r.Code == Centre).Grade);
        Assert.Equal("不合格", rows.Single(r => r.Code == "51041122T000005590331").Grade);
        Assert.Contains("profile=shanghai", page.Url, StringComparison.Ordinal);
        await WorkbenchApp.ShotAsync(page, "performance-02-projects-shanghai");

        // The downloads follow the chosen profile.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=download-xlsx]"));
        Assert.Contains("shanghai", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);

        // A leader reads a project but cannot change where its figures come from.
        await performance.OpenProjectAsync(Centre);
        Assert.Equal(1, await page.Locator("[data-testid=read-only]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=binding-form]").CountAsync());
    }

    [Fact]
    public async Task Project_GapsExplained_MonitoringWarns_AndSatisfactionBoundToCasesIsMeasured()
    {
        await Performance2022Cases.SeedAsync(app.Services);
        var page = await app.SignInAsync("finance");
        var performance = new PerformancePage(page);
        await performance.OpenProjectAsync(Centre);

        var project = EvaluationSummary.Of(EvaluatePerformance.Handle(Renhe2022Performance.Create())).Projects.Single(p => p.Code == Centre);
        Assert.Equal(project.Indicators.Count, await page.Locator("[data-testid=indicator-row]").CountAsync());
        foreach (var indicator in project.Indicators)
        {
            var row = performance.Indicator(indicator.Number);
            Assert.Equal(Score(indicator.RuleScore), (await row.Locator("[data-testid=rule-score]").InnerTextAsync()).Trim());
            Assert.Equal(indicator.Findings.Count(f => f.Code == "score.gap"), await row.Locator("[data-testid=indicator-finding][data-code='score.gap']").CountAsync());
        }
        Assert.True(project.Gaps.Any());
        Assert.Equal("70.5", (await page.Locator("[data-testid=rule-total] .xf-stat-value").InnerTextAsync()).Trim());
        await WorkbenchApp.ShotAsync(page, "performance-03-project-gaps");
        await page.ViewShotAsync("performance-03a-project-top-view");

        // Monitoring on 30 June 2022: 5 of 27.37 万元 spent is far behind half a year.
        await performance.MonitorAsync("2022-06-30", "五");
        Assert.Contains("截至当日执行数", await page.Locator("[data-testid=monitor-error]").InnerTextAsync(), StringComparison.Ordinal);
        await performance.MonitorAsync("2022-06-30", "5");
        Assert.Equal("SeriouslyBehind", await page.Locator("[data-testid=monitor-result]").GetAttributeAsync("data-status"));
        Assert.Contains("严重滞后", await page.Locator("[data-testid=monitor-warning]").First.InnerTextAsync(), StringComparison.Ordinal);

        // A count cannot back an indicator in 人; the refusal names the rule.
        await performance.BindAsync(1, "MattersReceived");
        Assert.Equal("performance.binding_unit", await page.Locator("[data-testid=bind-error]").GetAttributeAsync("data-code"));

        // 群众满意度 (blank as printed) bound to 群众满意率: measured over 2022 from the cases, 3 of 4 rated.
        var satisfaction = project.Indicators.Single(i => i.Name == Renhe2022Performance.SatisfactionIndicator).Number;
        await performance.BindAsync(satisfaction, "Satisfaction");
        var measured = performance.Indicator(satisfaction).Locator("[data-testid=measured]");
        await measured.WaitForAsync();
        Assert.Equal(75m, decimal.Parse((await measured.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture));
        Assert.Contains($"{Performance2022Cases.Satisfied}/{Performance2022Cases.Rated}", await measured.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("75", (await performance.Indicator(satisfaction).Locator("[data-testid=completion]").InnerTextAsync()).Trim());
        var rule = Score(75m / 95m * project.Indicators.Single(i => i.Number == satisfaction).Weight!.Value);
        Assert.Equal(rule, (await performance.Indicator(satisfaction).Locator("[data-testid=rule-score]").InnerTextAsync()).Trim());
        await WorkbenchApp.ShotAsync(page, "performance-04-bound");
        await page.ViewShotAsync(performance.Indicator(satisfaction), "performance-04a-bound-view");
        await page.ViewShotAsync(page.Locator("[data-testid=monitoring]"), "performance-04b-monitoring-view");

        // The link lists the cases it was measured over.
        var link = await measured.Locator("[data-testid=cases-link]").GetAttributeAsync("href");
        Assert.Equal("/api/cases?from=2022-01-01&to=2022-12-31", link);
        var listed = await page.APIRequest.GetAsync(link!);
        Assert.Equal(200, listed.Status);
        using var json = JsonDocument.Parse(await listed.TextAsync());
        Assert.Equal(Performance2022Cases.Received, json.RootElement.GetProperty("total").GetInt32());

        // Unbinding restores the printed (blank) completion value.
        await page.ClickAsync("[data-testid=unbind]");
        await Assertions.Expect(performance.Indicator(satisfaction).Locator("[data-testid=measured]")).ToHaveCountAsync(0);
    }

    private static string Score(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "—";
}
