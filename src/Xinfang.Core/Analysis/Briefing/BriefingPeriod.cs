using System.Globalization;
using System.Text.RegularExpressions;
using Xinfang.Core.Common;

namespace Xinfang.Core.Analysis.Briefing;

public enum BriefingKind
{
    Weekly,    // 周报
    Monthly,   // 月报
    Quarterly, // 季报
}

/// <summary>The period a briefing covers: <c>2026-11</c> (a month), <c>2026-Q4</c> (a quarter) or <c>2026-W47</c> (an ISO
/// week, Monday to Sunday), with the period before it of the same kind and the same period a year before.</summary>
public sealed partial record BriefingPeriod(string Key, BriefingKind Kind, DateOnly From, DateOnly To)
{
    public string Name => Kind switch
    {
        BriefingKind.Weekly => $"{From:yyyy年M月d日}至{To:M月d日}",
        BriefingKind.Quarterly => $"{From.Year}年第{(From.Month - 1) / 3 + 1}季度",
        _ => $"{From.Year}年{From.Month}月",
    };

    public string KindName => Kind switch { BriefingKind.Weekly => "周报", BriefingKind.Quarterly => "季报", _ => "月报" };

    /// <summary>上期: the week, month or quarter just before.</summary>
    public BriefingPeriod Previous => Kind switch
    {
        BriefingKind.Weekly => Week(From.AddDays(-7)),
        BriefingKind.Quarterly => Quarter(From.AddMonths(-3)),
        _ => Month(From.AddMonths(-1)),
    };

    /// <summary>去年同期.</summary>
    public (DateOnly From, DateOnly To) YearBefore => Kind == BriefingKind.Weekly
        ? (From.AddDays(-364), To.AddDays(-364))
        : (From.AddYears(-1), new DateOnly(To.Year - 1, To.Month, DateTime.DaysInMonth(To.Year - 1, To.Month)));

    public static Result<BriefingPeriod> Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        if (MonthPattern().Match(value) is { Success: true } m && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var month)
        {
            return Month(new DateOnly(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), month, 1));
        }

        if (QuarterPattern().Match(value) is { Success: true } q)
        {
            return Quarter(new DateOnly(int.Parse(q.Groups[1].Value, CultureInfo.InvariantCulture), (int.Parse(q.Groups[2].Value, CultureInfo.InvariantCulture) - 1) * 3 + 1, 1));
        }

        if (WeekPattern().Match(value) is { Success: true } w
            && int.Parse(w.Groups[2].Value, CultureInfo.InvariantCulture) is var week and >= 1
            && int.Parse(w.Groups[1].Value, CultureInfo.InvariantCulture) is var year
            && week <= ISOWeek.GetWeeksInYear(year))
        {
            return Week(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)));
        }

        return Error.Validation("period", "validation.format", $"期间“{value}”应写作 yyyy-MM（月报）、yyyy-Qn（季报）或 yyyy-Www（周报），如 2026-11、2026-Q4、2026-W47。");
    }

    public static BriefingPeriod Month(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return new BriefingPeriod($"{first:yyyy-MM}", BriefingKind.Monthly, first, first.AddMonths(1).AddDays(-1));
    }

    public static BriefingPeriod Quarter(DateOnly day)
    {
        var first = new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1);
        return new BriefingPeriod($"{first.Year}-Q{(first.Month - 1) / 3 + 1}", BriefingKind.Quarterly, first, first.AddMonths(3).AddDays(-1));
    }

    public static BriefingPeriod Week(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var moment = monday.ToDateTime(TimeOnly.MinValue);
        return new BriefingPeriod($"{ISOWeek.GetYear(moment)}-W{ISOWeek.GetWeekOfYear(moment):D2}", BriefingKind.Weekly, monday, monday.AddDays(6));
    }

    [GeneratedRegex(@"^(20\d\d)-(\d\d?)$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^(20\d\d)-[Qq]([1-4])$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(20\d\d)-[Ww](\d\d?)$")]
    private static partial Regex WeekPattern();
}
