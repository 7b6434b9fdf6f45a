using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xinfang.E2ETests.Pages;

namespace Xinfang.E2ETests;

/// <summary>数据分析 and 预警 in Chromium: the supervisor sees the demo hotspot's warnings on the menu's badge, follows the
/// brewing collective matter to its cases and on to a case, then acknowledges it with a note; the leader cross-tabulates
/// townships by channel and drills from a number to exactly that many cases.</summary>
public sealed partial class AnalysisTests(WorkbenchApp app) : IClassFixture<WorkbenchApp>
{
    [Fact]
    public async Task Supervisor_FollowsAWarningToItsCases_AndAcknowledgesIt()
    {
        var page = await app.SignInAsync("supervisor");
        await page.OpenAsync("/");
        var badge = page.Locator("[data-testid=warning-badge]");
        await Assertions.Expect(badge).ToBeVisibleAsync();
        Assert.True(int.Parse(await badge.InnerTextAsync()) >= 1);

        await page.GetByRole(AriaRole.Link, new() { Name = "预警" }).ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=warning-table]");
        var cluster = page.Locator("[data-testid=warning-table] tr", new() { HasText = "苗头性群体事项" });
        await Assertions.Expect(cluster).ToContainTextAsync("平地镇");
        await page.ViewShotAsync("analysis-01-warnings");

        await cluster.Locator("[data-testid=warning-link]").ClickAsync();
        await page.WaitForSelectorAsync("[data-circuit=on]");
        await Assertions.Expect(page.Locator("[data-testid=warning-summary]")).ToContainTextAsync("反映相似问题");
        var cases = page.Locator("[data-testid=warning-cases] [data-testid=case-link]");
        await Assertions.Expect(cases.First).ToBeVisibleAsync();
        Assert.True(await cases.CountAsync() >= 3);
        await page.ViewShotAsync("analysis-02-warning-cases");

        var number = await cases.First.InnerTextAsync();
        await cases.First.ClickAsync();
        await page.WaitForSelectorAsync("[data-circuit=on]");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(number);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("搅拌站");
        await page.GoBackAsync();
        await page.WaitForSelectorAsync("[data-circuit=on]");

        await page.GetByLabel("处置意见").FillAsync("已请平地镇会同区生态环境局现场核查搅拌站夜间生产");
        await page.Locator("[data-testid=acknowledge]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=acknowledged]")).ToContainTextAsync("现场核查搅拌站");
        await page.ViewShotAsync("analysis-03-acknowledged");
    }

    [Fact]
    public async Task Leader_CrossTabulatesTownshipsByChannel_AndDrillsDownToExactlyThoseCases()
    {
        var page = await app.SignInAsync("leader");
        await page.OpenAsync("/analysis");
        await page.GetByLabel("开始日期").FillAsync($"{DateTime.Today.AddYears(-1):yyyy-MM-dd}");
        await page.GetByLabel("列维度").SelectOptionAsync("channel");
        await page.Locator("[data-testid=analysis-apply]").ClickAsync();
        await page.WaitForURLAsync(new Regex("columns=channel"));
        await Assertions.Expect(page.Locator("[data-testid=slice-table] thead")).ToContainTextAsync("来信");
        var numbers = page.Locator("[data-testid=slice-table] [data-testid=drill]");
        await Assertions.Expect(numbers.First).ToBeVisibleAsync();
        await page.ViewShotAsync("analysis-04-workspace");
        var cloud = page.Locator("[data-testid=word-cloud] text");
        await Assertions.Expect(cloud.First).ToBeVisibleAsync();
        Assert.True(await cloud.CountAsync() >= 10);
        await page.ViewShotAsync(page.Locator("[data-testid=keywords]"), "analysis-04b-keywords");

        var cell = numbers.Nth(2);
        var count = await cell.InnerTextAsync();
        await cell.ClickAsync();
        await page.WaitForSelectorAsync("[data-circuit=on]");
        await Assertions.Expect(page.Locator("[data-testid=drill-total]")).ToHaveTextAsync($"共 {count} 件");
        await Assertions.Expect(page.Locator("[data-testid=active-filters] .xf-chip")).ToHaveCountAsync(2);
        await page.ViewShotAsync("analysis-05-drill-down");
    }
}
