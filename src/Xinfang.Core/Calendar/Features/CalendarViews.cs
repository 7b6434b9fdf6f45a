using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Calendar.Features;

/// <summary>A day that is not an ordinary weekday or weekend day: a holiday (放假) or a make-up working day (调休上班).</summary>
public sealed record CalendarDayView(DateOnly Date, bool IsHoliday, bool IsMakeUpWorkday, string? Name);

/// <summary>A stored year as entered, and the special days of that year as the deadline arithmetic sees them
/// (including a New Year holiday of the next year's notice that starts in this December).</summary>
public sealed record CalendarYearView(int Year, string? Notice, IReadOnlyList<Festival> Festivals, int Revision, DateTimeOffset UpdatedAt,
    IReadOnlyList<CalendarDayView> Days)
{
    public static IReadOnlyList<CalendarDayView> DaysOf(int year, HolidayCalendar calendar)
    {
        var days = new List<CalendarDayView>();
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            if (calendar.MakeUpWorkdayFor(day) is { } festival)
            {
                days.Add(new CalendarDayView(day, false, true, festival));
            }
            else if (calendar.HolidayName(day) is { } name)
            {
                days.Add(new CalendarDayView(day, true, false, name));
            }
        }

        return days;
    }
}

public sealed record CalendarYearSummary(int Year, string? Notice, int Festivals, int MakeUpWorkdays, int Revision, DateTimeOffset UpdatedAt);

internal static class DeadlineAdmin
{
    /// <summary>Only administrators keep the calendar and the deadline settings (the API and every page ask this).</summary>
    public static Error? Check(Actor actor) => actor.IsIn(Roles.Admin)
        ? null
        : Error.Forbidden("admin.only", "只有系统管理员可以维护节假日安排和办理期限。");
}
