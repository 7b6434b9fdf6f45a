using Xinfang.Core.Calendar;

namespace Xinfang.UnitTests.Calendar;

public sealed class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Calculator = new(HolidayCalendar.BuiltIn());

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2023-09-29", false)] // 中秋节
    [InlineData("2023-10-06", false)] // 国庆节 last day off
    [InlineData("2023-10-07", true)]  // Saturday, make-up working day
    [InlineData("2023-10-08", true)]  // Sunday, make-up working day
    [InlineData("2024-02-04", true)]  // Sunday before Spring Festival, make-up
    [InlineData("2024-02-12", false)] // 春节
    [InlineData("2024-02-18", true)]  // Sunday after Spring Festival, make-up
    [InlineData("2024-02-24", false)] // an ordinary Saturday
    [InlineData("2024-02-19", true)]  // an ordinary Monday
    public void IsWorkingDay_FollowsOfficialHolidaysAndMakeUpDays(string day, bool working) =>
        Assert.Equal(working, Calculator.Calendar.IsWorkingDay(D(day)));

    [Fact]
    public void Due_CalendarDaysEndingInNationalDay2023_MovesToTheMakeUpSaturday()
    {
        // 15 days from 21 Sep end on 6 Oct, a holiday; the next working day is Saturday 7 Oct (调休上班).
        Assert.Equal(D("2023-10-07"), Calculator.Due(D("2023-09-21"), 15, DayCountMode.Calendar));
    }

    [Fact]
    public void Due_WorkingDaysAcrossNationalDay2023_CountsMakeUpWeekend()
    {
        // From Thu 28 Sep: 29 Sep – 6 Oct are off; 7 and 8 Oct (Sat, Sun) are make-up working days.
        Assert.Equal(D("2023-10-07"), Calculator.Due(D("2023-09-28"), 1, DayCountMode.Working));
        Assert.Equal(D("2023-10-08"), Calculator.Due(D("2023-09-28"), 2, DayCountMode.Working));
        Assert.Equal(D("2023-10-09"), Calculator.Due(D("2023-09-28"), 3, DayCountMode.Working));
    }

    [Fact]
    public void Due_CalendarDaysEndingInSpringFestival2024_MovesToTheMakeUpSunday()
    {
        // 1 Feb + 15 = 16 Feb (holiday); 17 Feb holiday; 18 Feb is a Sunday worked in lieu.
        Assert.Equal(D("2024-02-18"), Calculator.Due(D("2024-02-01"), 15, DayCountMode.Calendar));
    }

    [Fact]
    public void Due_WorkingDaysAcrossSpringFestival2024_SkipsTheWholeHoliday()
    {
        // From Thu 8 Feb: Fri 9 Feb is the 1st working day, 10–17 Feb are off, Sun 18 Feb the 2nd, Mon 19 Feb the 3rd.
        Assert.Equal(D("2024-02-09"), Calculator.Due(D("2024-02-08"), 1, DayCountMode.Working));
        Assert.Equal(D("2024-02-18"), Calculator.Due(D("2024-02-08"), 2, DayCountMode.Working));
        Assert.Equal(D("2024-02-19"), Calculator.Due(D("2024-02-08"), 3, DayCountMode.Working));
    }

    [Fact]
    public void Due_WorkingDaysFromTheMakeUpSunday_CountsFromTheNextDay()
    {
        // Sun 4 Feb 2024 is itself a working day, but a period starts the day after the event (民法典第201条).
        Assert.Equal(D("2024-02-05"), Calculator.Due(D("2024-02-04"), 1, DayCountMode.Working));
    }

    [Fact]
    public void Due_CalendarPeriodEndingOnAnOrdinarySaturday_EndsOnMonday()
    {
        Assert.Equal(D("2024-03-11"), Calculator.Due(D("2024-02-24"), 15, DayCountMode.Calendar));
    }

    [Fact]
    public void Due_CalendarPeriodEndingOnAWorkingDay_IsNotMoved()
    {
        Assert.Equal(D("2024-03-15"), Calculator.Due(D("2024-03-01"), 14, DayCountMode.Calendar));
    }

    [Fact]
    public void Due_SixtyDaysFromAcceptance_IsSixtyCalendarDaysLater()
    {
        Assert.Equal(D("2024-05-07"), Calculator.Due(D("2024-03-08"), 60, DayCountMode.Calendar));
    }

    [Fact]
    public void DaysLeft_InWorkingMode_CountsOnlyWorkingDays()
    {
        Assert.Equal(2, Calculator.DaysLeft(D("2024-02-08"), D("2024-02-18"), DayCountMode.Working));
        Assert.Equal(-2, Calculator.DaysLeft(D("2024-02-18"), D("2024-02-08"), DayCountMode.Working));
        Assert.Equal(10, Calculator.DaysLeft(D("2024-02-08"), D("2024-02-18"), DayCountMode.Calendar));
    }

    [Fact]
    public void Due_InAYearWithoutHolidayData_FallsBackToWeekends()
    {
        Assert.False(Calculator.Calendar.Covers(D("2030-01-01")));
        // 2030-01-05 is a Saturday: the period ends on Monday 7 Jan.
        Assert.Equal(D("2030-01-07"), Calculator.Due(D("2029-12-21"), 15, DayCountMode.Calendar));
    }

    [Fact]
    public void BuiltInCalendar_CoversEveryYearFrom2022To2026()
    {
        Assert.Equal([2022, 2023, 2024, 2025, 2026], Calculator.Calendar.CoveredYears.Order());
    }

    [Fact]
    public void BuiltInCalendar_MakeUpDaysAreWeekendsAndNeverHolidays()
    {
        var calendar = Calculator.Calendar;
        for (var day = D("2022-01-01"); day <= D("2026-12-31"); day = day.AddDays(1))
        {
            if (calendar.IsMakeUpWorkday(day))
            {
                Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{day} is a make-up day but not a weekend");
                Assert.Null(calendar.HolidayName(day));
            }
        }
    }

    [Fact]
    public void FromJson_WhenAHolidayEndsBeforeItStarts_Throws()
    {
        const string json = """{"years":[{"year":2027,"festivals":[{"name":"春节","from":"2027-02-10","to":"2027-02-01","workdays":[]}]}]}""";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Throws<ArgumentException>(() => HolidayCalendar.FromJson(stream));
    }
}
