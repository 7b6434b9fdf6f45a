using Microsoft.Playwright;
using Xinfang.E2ETests.Pages;

namespace Xinfang.E2ETests;

/// <summary>Issue 3 (administration) in Chromium: the administrator enters next year's Spring Festival from the notice,
/// is told in Chinese what is wrong with a first attempt, saves it, and checks it on the month grid.
/// (2027 here is a test arrangement, not the State Council's.)</summary>
public sealed class AdminCalendarTests(WorkbenchApp app) : IClassFixture<WorkbenchApp>
{
    [Fact]
    public async Task Admin_Adds2027SpringFestival_AndSeesItInTheMonthGrid()
    {
        var page = await app.SignInAsync("admin");
        var calendar = new AdminCalendarPage(page);
        await calendar.OpenAsync();
        await calendar.ChooseYearAsync(2027);
        await Assertions.Expect(calendar.Missing).ToContainTextAsync("尚未录入");
        await Assertions.Expect(calendar.Day("2027-02-08")).ToHaveAttributeAsync("data-kind", "day");

        // First attempt: the dates typed the wrong way round and a Friday as the make-up day.
        await calendar.FillFestivalAsync(0, "春节", "2027-02-11", "2027-02-05", "2027-02-19");
        await calendar.SaveAsync();
        await Assertions.Expect(calendar.FieldError("festivals[0].to")).ToContainTextAsync("不能早于开始日期");
        await Assertions.Expect(calendar.FieldError("festivals[0].workdays[0]")).ToContainTextAsync("星期五");
        await WorkbenchApp.ShotAsync(page, "admin-calendar-01-field-errors");

        await calendar.FillFestivalAsync(0, "春节", "2027-02-05", "2027-02-11", "2027-02-20");
        await calendar.SaveAsync();
        await Assertions.Expect(calendar.Message).ToContainTextAsync("已保存2027年节假日安排");
        await Assertions.Expect(calendar.FieldError("festivals[0].to")).ToHaveCountAsync(0);
        await Assertions.Expect(calendar.Year).ToHaveValueAsync("2027");

        // The grid: 5–11 Feb red, Saturday 20 Feb marked 班, an ordinary Saturday grey.
        foreach (var day in new[] { "2027-02-05", "2027-02-08", "2027-02-11" })
        {
            await Assertions.Expect(calendar.Day(day)).ToHaveAttributeAsync("data-kind", "holiday");
        }

        await Assertions.Expect(calendar.Day("2027-02-12")).ToHaveAttributeAsync("data-kind", "day");
        await Assertions.Expect(calendar.Day("2027-02-20")).ToHaveAttributeAsync("data-kind", "workday");
        await Assertions.Expect(calendar.Day("2027-02-20")).ToContainTextAsync("班");
        await Assertions.Expect(calendar.Day("2027-02-27")).ToHaveAttributeAsync("data-kind", "weekend");
        await Assertions.Expect(calendar.Missing).ToHaveCountAsync(0);
        await WorkbenchApp.ShotAsync(page, "admin-calendar-02-saved");
        await page.ViewShotAsync(calendar.Month(2), "admin-calendar-03-month-grid-view");

        // The deadline settings tab beside it, as the administrator sees it.
        await page.Locator("[role=tab]", new() { HasText = "办理期限" }).ClickAsync();
        await page.Locator("[data-testid=deadlines-tab] [data-testid=period-row]").First.WaitForAsync();
        await page.ViewShotAsync("admin-calendar-04-deadlines-view");

        // Urgent matters' hour limits: 0 hours is refused next to the field, 2 hours is saved and shown again.
        var signHours = page.Locator("#urgent-Sign-hours");
        await Assertions.Expect(signHours).ToHaveValueAsync("1");
        await signHours.FillAsync("0");
        await page.GetByTestId("save-deadlines").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=urgent-row][data-step=Sign]")).ToContainTextAsync("1至72小时");
        await signHours.FillAsync("2");
        await page.GetByTestId("save-deadlines").ClickAsync();
        await Assertions.Expect(page.GetByTestId("deadlines-message")).ToContainTextAsync("期限设置已保存");
        await calendar.OpenAsync();
        await page.Locator("[role=tab]", new() { HasText = "办理期限" }).ClickAsync();
        await Assertions.Expect(page.Locator("#urgent-Sign-hours")).ToHaveValueAsync("2");
        await page.ViewShotAsync(page.GetByTestId("urgent-hours"), "admin-calendar-05-urgent-hours");
    }
}
