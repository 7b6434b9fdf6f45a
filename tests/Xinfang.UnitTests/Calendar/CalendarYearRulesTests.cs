using Xinfang.Core.Calendar;
using Xinfang.Core.Common;

namespace Xinfang.UnitTests.Calendar;

/// <summary>The rules a year of the holiday calendar keeps before it is stored (what an administrator types from the
/// State Council notice). The 2027 arrangement here is a test arrangement, not the official one.</summary>
public sealed class CalendarYearRulesTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static FestivalInput Festival(string name, string from, string to, params string[] workdays) =>
        new(name, D(from), D(to), [.. workdays.Select(w => (DateOnly?)D(w))]);

    private static readonly FestivalInput SpringFestival2027 = Festival("春节", "2027-02-05", "2027-02-11", "2027-02-20");
    private static readonly FestivalInput NationalDay2027 = Festival("国庆节", "2027-10-01", "2027-10-07", "2027-09-26", "2027-10-09");

    private static IReadOnlyList<Error> Errors(int year, params FestivalInput[] festivals)
    {
        var result = CalendarYearRules.Validate(year, null, festivals);
        Assert.False(result.IsSuccess, "expected the year to be refused");
        return result.Errors;
    }

    private static void AssertError(IReadOnlyList<Error> errors, string field, string code)
    {
        Assert.Contains(errors, e => e.Field == field && e.Code == code);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void Validate_AValidYear_IsKeptSortedByDateWithTrimmedNames()
    {
        var result = CalendarYearRules.Validate(2027, " 国办发明电〔2026〕9号 ",
            [NationalDay2027, SpringFestival2027 with { Name = " 春节 " }]);

        Assert.True(result.IsSuccess, result.IsSuccess ? "" : result.FirstError.Message);
        var year = result.Value;
        Assert.Equal(("国办发明电〔2026〕9号", 2027), (year.Notice, year.Year));
        Assert.Equal(["春节", "国庆节"], year.Festivals.Select(f => f.Name));
        Assert.Equal([D("2027-09-26"), D("2027-10-09")], year.Festivals[1].Workdays);

        var calendar = new HolidayCalendar([year]);
        Assert.False(calendar.IsWorkingDay(D("2027-02-08")));
        Assert.True(calendar.IsWorkingDay(D("2027-02-20")));
    }

    [Fact]
    public void Validate_TheBuiltInYears_AreAllAccepted()
    {
        // Every State Council arrangement 2022–2026 keeps the rules, including 2023's New Year from 31 Dec 2022.
        foreach (var year in HolidayCalendar.BuiltIn().Years)
        {
            var input = year.Festivals.Select(f => new FestivalInput(f.Name, f.From, f.To, [.. f.Workdays.Select(d => (DateOnly?)d)])).ToList();
            var result = CalendarYearRules.Validate(year.Year, year.Notice, input);
            Assert.True(result.IsSuccess, result.IsSuccess ? "" : $"{year.Year}: {result.FirstError.Message}");
        }
    }

    [Fact]
    public void Validate_WhenAFestivalEndsBeforeItStarts_IsRefusedOnTheEndDate()
    {
        AssertError(Errors(2027, Festival("春节", "2027-02-11", "2027-02-05")), "festivals[0].to", "calendar.ends_before_start");
    }

    [Theory]
    [InlineData("2028-01-01", "2028-01-03", "festivals[0].to")]   // next year
    [InlineData("2026-11-30", "2027-01-01", "festivals[0].from")] // starts before the previous December
    [InlineData("2027-12-31", "2028-01-02", "festivals[0].to")]   // New Year 2028 belongs to the 2028 notice
    public void Validate_WhenADateIsOutsideTheYear_IsRefused(string from, string to, string field)
    {
        AssertError(Errors(2027, Festival("元旦", from, to)), field, "calendar.outside_year");
    }

    [Fact]
    public void Validate_ANewYearHolidayStartingInThePreviousDecember_IsAccepted()
    {
        // 2023年元旦：2022年12月31日至2023年1月2日.
        Assert.True(CalendarYearRules.Validate(2023, null, [Festival("元旦", "2022-12-31", "2023-01-02")]).IsSuccess);
    }

    [Fact]
    public void Validate_WhenTwoFestivalsOverlap_IsRefusedOnTheLaterOne()
    {
        var errors = Errors(2027, SpringFestival2027, Festival("元宵节", "2027-02-11", "2027-02-12"));
        AssertError(errors, "festivals[1].from", "calendar.festivals_overlap");
        Assert.Contains("春节", errors.Single().Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-02-22")] // a Monday
    [InlineData("2027-02-19")] // a Friday
    public void Validate_WhenAMakeUpDayIsAWeekday_IsRefused(string day)
    {
        AssertError(Errors(2027, Festival("春节", "2027-02-05", "2027-02-11", day)), "festivals[0].workdays[0]", "calendar.workday_not_weekend");
    }

    [Fact]
    public void Validate_WhenAMakeUpDayIsADayOffOfTheSameFestival_IsRefused()
    {
        // Saturday 6 Feb is inside 5–11 Feb: a day cannot be both off and worked.
        AssertError(Errors(2027, Festival("春节", "2027-02-05", "2027-02-11", "2027-02-06")), "festivals[0].workdays[0]", "calendar.workday_in_festival");
    }

    [Fact]
    public void Validate_WhenAMakeUpDayIsADayOffOfAnotherFestival_IsRefused()
    {
        // Mid-Autumn's make-up list names Sunday 3 Oct, a day off of National Day (1–7 Oct).
        var midAutumn = Festival("中秋节", "2027-09-15", "2027-09-17", "2027-10-03");
        var errors = Errors(2027, midAutumn, NationalDay2027);
        AssertError(errors, "festivals[0].workdays[0]", "calendar.workday_in_festival");
        Assert.Contains("国庆节", errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenAMakeUpDayIsListedTwice_IsRefused()
    {
        var errors = Errors(2027, SpringFestival2027, Festival("清明节", "2027-04-03", "2027-04-05", "2027-02-20"));
        AssertError(errors, "festivals[1].workdays[0]", "calendar.duplicate_workday");
    }

    [Fact]
    public void Validate_WhenAMakeUpDayIsOutsideTheYear_IsRefused()
    {
        AssertError(Errors(2027, Festival("国庆节", "2027-10-01", "2027-10-07", "2028-01-08")), "festivals[0].workdays[0]", "calendar.outside_year");
    }

    [Fact]
    public void Validate_WhenNamesAndDatesAreMissing_NamesEachField()
    {
        var errors = Errors(2027, new FestivalInput(" ", null, null, [null]));
        AssertError(errors, "festivals[0].name", "validation.required");
        AssertError(errors, "festivals[0].from", "validation.required");
        AssertError(errors, "festivals[0].to", "validation.required");
        AssertError(errors, "festivals[0].workdays[0]", "validation.required");
    }

    [Fact]
    public void Validate_WithoutAnyFestival_IsRefused()
    {
        AssertError(Errors(2027), "festivals", "calendar.no_festivals");
    }

    [Fact]
    public void Validate_AFestivalLongerThanFifteenDays_IsTakenForATypingError()
    {
        AssertError(Errors(2027, Festival("春节", "2027-02-05", "2027-03-11")), "festivals[0].to", "calendar.festival_too_long");
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Validate_AYearOutOfRange_IsRefused(int year)
    {
        AssertError(CalendarYearRules.Validate(year, null, [SpringFestival2027]).Errors, "year", "calendar.year_out_of_range");
    }
}
