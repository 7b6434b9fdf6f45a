namespace Xinfang.Core.Common;

/// <summary>China Standard Time (UTC+8, no daylight saving): statutory days are counted on this clock.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToChina(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The instant a Chinese calendar day starts.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>The Chinese calendar month of an instant as yyyyMM (e.g. 202611), stored so a period's figures group by month.</summary>
    public static int MonthNumber(DateTimeOffset instant) => MonthNumber(DateOf(instant));

    public static int MonthNumber(DateOnly day) => day.Year * 100 + day.Month;

    /// <summary>The Chinese calendar day of an instant as yyyyMMdd (e.g. 20261107), stored so trends and warnings group by day.</summary>
    public static int DayNumber(DateTimeOffset instant) => DayNumber(DateOf(instant));

    public static int DayNumber(DateOnly day) => day.Year * 10000 + day.Month * 100 + day.Day;

    public static DateOnly FromDayNumber(int number) => new(number / 10000, number / 100 % 100, number % 100);
}
