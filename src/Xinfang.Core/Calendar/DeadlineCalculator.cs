namespace Xinfang.Core.Calendar;

public enum DayCountMode
{
    /// <summary>自然日</summary>
    Calendar,
    /// <summary>工作日</summary>
    Working,
}

/// <summary>
/// Counts statutory periods as the Civil Code does (民法典 第201、203条): the period starts on the day after
/// the triggering event; a period counted in calendar days whose last day is a rest day ends on the next
/// working day. Make-up working days (调休) are working days.
/// </summary>
public sealed class DeadlineCalculator(HolidayCalendar calendar)
{
    public HolidayCalendar Calendar { get; } = calendar;

    public DateOnly Due(DateOnly triggeredOn, int days, DayCountMode mode)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (mode == DayCountMode.Calendar)
        {
            return Calendar.NextWorkingDayOnOrAfter(triggeredOn.AddDays(days));
        }

        var day = triggeredOn;
        var counted = 0;
        while (counted < days)
        {
            day = day.AddDays(1);
            if (Calendar.IsWorkingDay(day))
            {
                counted++;
            }
        }

        return days == 0 ? Calendar.NextWorkingDayOnOrAfter(day) : day;
    }

    public DateOnly Due(DateOnly triggeredOn, Period period) => Due(triggeredOn, period.Days, period.Mode);

    /// <summary>Days left until a deadline, counted in the period's own mode; negative when overdue.</summary>
    public int DaysLeft(DateOnly today, DateOnly due, DayCountMode mode)
    {
        if (mode == DayCountMode.Calendar)
        {
            return due.DayNumber - today.DayNumber;
        }

        var sign = due >= today ? 1 : -1;
        var (from, to) = due >= today ? (today, due) : (due, today);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (Calendar.IsWorkingDay(day))
            {
                count++;
            }
        }

        return sign * count;
    }
}

public sealed record Period(int Days, DayCountMode Mode)
{
    public override string ToString() => $"{Days}{(Mode == DayCountMode.Working ? "个工作日" : "日")}";
}
