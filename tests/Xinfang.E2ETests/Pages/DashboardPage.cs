using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Xinfang.E2ETests.Pages;

public sealed partial class DashboardPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.OpenAsync("/dashboard");
        await page.WaitForSelectorAsync("[data-testid=stat-satisfaction]");
    }

    /// <summary>The satisfaction rate's numerator and denominator as the page shows them ("满意+基本满意 / 参评").</summary>
    public async Task<(int Satisfied, int Rated)> SatisfactionAsync()
    {
        var text = await page.Locator("[data-testid=stat-satisfaction]").InnerTextAsync();
        var match = Fraction().Match(text);
        return (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value));
    }

    [GeneratedRegex(@"(\d+)\s*/\s*(\d+)")]
    private static partial Regex Fraction();
}
