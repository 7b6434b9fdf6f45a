using System.Globalization;
using Microsoft.Playwright;

namespace Xinfang.E2ETests.Pages;

/// <summary>Administration → 节假日: a year's festivals and make-up working days, and the month grid that shows them.</summary>
public sealed class AdminCalendarPage(IPage page)
{
    private ILocator Tab => page.Locator("[data-testid=calendar-tab]");

    public async Task OpenAsync()
    {
        await page.OpenAsync("/admin");
        await page.Locator("[role=tab]", new() { HasText = "节假日" }).ClickAsync();
        await Tab.WaitForAsync();
    }

    public async Task ChooseYearAsync(int year)
    {
        await page.SelectOptionAsync("#calendar-year", year.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"[data-testid=month-grid][data-year='{year}']").WaitForAsync();
    }

    public ILocator Year => page.Locator("#calendar-year");

    public ILocator Missing => Tab.Locator("[data-testid=calendar-missing]");

    /// <summary>Types one festival row (from the notice): name, first and last day off, and its make-up working days.</summary>
    public async Task FillFestivalAsync(int index, string name, string from, string to, params string[] workdays)
    {
        await page.FillAsync($"#festival-{index}-name", name);
        await page.FillAsync($"#festival-{index}-from", from);
        await page.FillAsync($"#festival-{index}-to", to);
        var row = Tab.Locator($"[data-testid=festival-row][data-index='{index}']");
        for (var k = 0; k < workdays.Length; k++)
        {
            var input = page.Locator($"#festival-{index}-workday-{k}");
            if (await input.CountAsync() == 0)
            {
                await row.Locator("[data-testid=add-workday]").ClickAsync();
                await input.WaitForAsync();
            }

            await input.FillAsync(workdays[k]);
        }
    }

    public async Task SaveAsync()
    {
        await Tab.Locator("[data-testid=save-calendar]").ClickAsync();
        await Tab.Locator("[data-testid=calendar-message], [data-testid=calendar-error]").First.WaitForAsync();
    }

    public ILocator FieldError(string field) => Tab.Locator($".xf-field-error[data-field='{field}']");

    public ILocator Message => Tab.Locator("[data-testid=calendar-message]");

    /// <summary>A day of the month grid: <c>data-kind</c> is holiday, workday (调休上班), weekend or day.</summary>
    public ILocator Day(string date) => Tab.Locator($"[data-testid=month-grid] [data-date='{date}']");

    public ILocator Month(int month) => Tab.Locator($"[data-testid=month-grid] [data-month='{month}']");
}
