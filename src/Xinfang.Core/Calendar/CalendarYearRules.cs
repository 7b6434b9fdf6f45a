using System.Globalization;
using Xinfang.Core.Common;

namespace Xinfang.Core.Calendar;

/// <summary>A festival as typed by the administrator: the days off (放假) and the make-up working days (调休上班)
/// that the State Council notice lists with it.</summary>
public sealed record FestivalInput(string? Name, DateOnly? From, DateOnly? To, IReadOnlyList<DateOnly?>? Workdays = null);

/// <summary>
/// The rules a year of the holiday calendar must keep before it is stored. Each broken rule names its field
/// (<c>festivals[1].workdays[0]</c>) and says in Chinese what is wrong; the year is stored only when none is broken.
/// </summary>
public static class CalendarYearRules
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public const int MaxNameLength = 20;
    public const int MaxNoticeLength = 100;
    public const int MaxFestivals = 20;

    /// <summary>The longest festival there has been was 10 days (春节 2020, extended); a longer one is a typing error.</summary>
    public const int MaxFestivalDays = 15;

    public static bool IsValidYear(int year) => year is >= FirstYear and <= LastYear;

    public static Error YearOutOfRange() =>
        Error.Validation("year", "calendar.year_out_of_range", $"年份须在{FirstYear}至{LastYear}之间。");

    public static Result<HolidayYear> Validate(int year, string? notice, IReadOnlyList<FestivalInput>? festivals)
    {
        if (!IsValidYear(year))
        {
            return Result.Failure<HolidayYear>(YearOutOfRange());
        }

        var errors = new List<Error>();
        notice = string.IsNullOrWhiteSpace(notice) ? null : notice.Trim();
        if (notice is { Length: > MaxNoticeLength })
        {
            errors.Add(Error.Validation("notice", "validation.too_long", $"通知文号不超过{MaxNoticeLength}个字。"));
        }

        if (festivals is not { Count: > 0 })
        {
            errors.Add(Error.Validation("festivals", "calendar.no_festivals", $"请至少填写一个节日（{year}年国务院办公厅通知所列的放假安排）。"));
            return Result.Failure<HolidayYear>([.. errors]);
        }

        if (festivals.Count > MaxFestivals)
        {
            errors.Add(Error.Validation("festivals", "calendar.too_many_festivals", $"一年不超过{MaxFestivals}个节日。"));
            return Result.Failure<HolidayYear>([.. errors]);
        }

        // Dates and names of each festival on their own.
        var ranges = new (DateOnly From, DateOnly To)?[festivals.Count];
        for (var i = 0; i < festivals.Count; i++)
        {
            ranges[i] = CheckFestival(year, i, festivals[i], errors);
        }

        // No two festivals share a day.
        for (var j = 0; j < festivals.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (ranges[i] is { } a && ranges[j] is { } b && a.From <= b.To && b.From <= a.To)
                {
                    errors.Add(Error.Validation($"festivals[{j}].from", "calendar.festivals_overlap",
                        $"{Label(festivals[j], j)}与{Label(festivals[i], i)}的放假日期重叠。"));
                    break;
                }
            }
        }

        // Make-up working days: a weekend day, once, not a day off of any festival.
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < festivals.Count; i++)
        {
            var workdays = festivals[i].Workdays ?? [];
            for (var k = 0; k < workdays.Count; k++)
            {
                var field = $"festivals[{i}].workdays[{k}]";
                if (workdays[k] is not { } day)
                {
                    errors.Add(Error.Validation(field, "validation.required", "请填写调休上班日期，或删除该行。"));
                    continue;
                }

                if (!InYearWindow(year, day))
                {
                    errors.Add(Error.Validation(field, "calendar.outside_year", $"调休上班日{Day(day)}不在{year}年内。"));
                }
                else if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    errors.Add(Error.Validation(field, "calendar.workday_not_weekend",
                        $"{Day(day)}是{Weekday(day)}，本来就上班；调休上班日须为星期六或星期日。"));
                }
                else if (FestivalOn(day, festivals, ranges) is { } inside)
                {
                    errors.Add(Error.Validation(field, "calendar.workday_in_festival",
                        $"{Day(day)}在{Label(festivals[inside], inside)}假期内，放假日不能同时是调休上班日。"));
                }
                else if (!seen.Add(day))
                {
                    errors.Add(Error.Validation(field, "calendar.duplicate_workday", $"调休上班日{Day(day)}重复填写。"));
                }
            }
        }

        if (errors.Count > 0)
        {
            return Result.Failure<HolidayYear>([.. errors]);
        }

        var result = festivals
            .Select((f, i) => new Festival(f.Name!.Trim(), ranges[i]!.Value.From, ranges[i]!.Value.To,
                [.. (f.Workdays ?? []).Select(d => d!.Value).Order()]))
            .OrderBy(f => f.From)
            .ToList();
        return new HolidayYear(year, notice, result);
    }

    private static (DateOnly From, DateOnly To)? CheckFestival(int year, int i, FestivalInput festival, List<Error> errors)
    {
        var before = errors.Count;
        var name = festival.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(Error.Validation($"festivals[{i}].name", "validation.required", "请填写节日名称。"));
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(Error.Validation($"festivals[{i}].name", "validation.too_long", $"节日名称不超过{MaxNameLength}个字。"));
        }

        var label = Label(festival, i);
        if (festival.From is not { } from)
        {
            errors.Add(Error.Validation($"festivals[{i}].from", "validation.required", $"请填写{label}的放假开始日期。"));
        }
        else if (!InYearWindow(year, from))
        {
            errors.Add(Error.Validation($"festivals[{i}].from", "calendar.outside_year",
                $"{label}的放假开始日期{Day(from)}不在{year}年内（仅元旦假期可从上一年12月开始）。"));
        }

        if (festival.To is not { } to)
        {
            errors.Add(Error.Validation($"festivals[{i}].to", "validation.required", $"请填写{label}的放假结束日期。"));
        }
        else if (to.Year != year)
        {
            errors.Add(Error.Validation($"festivals[{i}].to", "calendar.outside_year", $"{label}的放假结束日期{Day(to)}不在{year}年内。"));
        }
        else if (festival.From is { } start && to < start)
        {
            errors.Add(Error.Validation($"festivals[{i}].to", "calendar.ends_before_start", $"{label}的放假结束日期不能早于开始日期{Day(start)}。"));
        }
        else if (festival.From is { } first && to.DayNumber - first.DayNumber + 1 > MaxFestivalDays)
        {
            errors.Add(Error.Validation($"festivals[{i}].to", "calendar.festival_too_long", $"{label}放假超过{MaxFestivalDays}天，请检查日期。"));
        }

        return errors.Count == before ? (festival.From!.Value, festival.To!.Value) : null;
    }

    /// <summary>The year itself, and the previous December for a New Year holiday that starts there (2023年元旦：
    /// 2022年12月31日至2023年1月2日).</summary>
    private static bool InYearWindow(int year, DateOnly day) => day.Year == year || (day.Year == year - 1 && day.Month == 12);

    private static int? FestivalOn(DateOnly day, IReadOnlyList<FestivalInput> festivals, (DateOnly From, DateOnly To)?[] ranges)
    {
        for (var i = 0; i < festivals.Count; i++)
        {
            if (ranges[i] is { } r && r.From <= day && day <= r.To)
            {
                return i;
            }
        }

        return null;
    }

    private static string Label(FestivalInput festival, int i) =>
        string.IsNullOrWhiteSpace(festival.Name) ? $"第{i + 1}个节日" : $"“{festival.Name.Trim()}”";

    private static string Day(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string Weekday(DateOnly day) => "星期" + "日一二三四五六"[(int)day.DayOfWeek];
}
