using System.Text.Json;
using System.Text.Json.Serialization;

namespace Xinfang.Core.Calendar;

/// <summary>The official Chinese working-day calendar: weekends, public holidays and make-up working days (调休),
/// as published each year by the State Council. Years without data fall back to plain weekends.</summary>
public sealed class HolidayCalendar
{
    private readonly Dictionary<DateOnly, string> _holidays;
    private readonly Dictionary<DateOnly, string> _makeUpWorkdays;
    private readonly HashSet<int> _coveredYears;

    public HolidayCalendar(IEnumerable<HolidayYear> years)
    {
        Years = years.OrderBy(y => y.Year).ToList();
        _holidays = [];
        _makeUpWorkdays = [];
        _coveredYears = [];
        foreach (var year in Years)
        {
            _coveredYears.Add(year.Year);
            foreach (var festival in year.Festivals)
            {
                if (festival.To < festival.From)
                {
                    throw new ArgumentException($"{year.Year} {festival.Name}: the holiday ends before it starts.");
                }

                for (var day = festival.From; day <= festival.To; day = day.AddDays(1))
                {
                    _holidays[day] = festival.Name;
                }

                foreach (var workday in festival.Workdays)
                {
                    _makeUpWorkdays[workday] = festival.Name;
                }
            }
        }
    }

    public IReadOnlyList<HolidayYear> Years { get; }

    public IReadOnlySet<int> CoveredYears => _coveredYears;

    public bool Covers(DateOnly day) => _coveredYears.Contains(day.Year);

    public bool IsMakeUpWorkday(DateOnly day) => _makeUpWorkdays.ContainsKey(day);

    /// <summary>The festival whose make-up working day (调休上班) this is, if it is one.</summary>
    public string? MakeUpWorkdayFor(DateOnly day) => _makeUpWorkdays.GetValueOrDefault(day);

    public string? HolidayName(DateOnly day) => _holidays.GetValueOrDefault(day);

    public bool IsWorkingDay(DateOnly day)
    {
        if (_makeUpWorkdays.ContainsKey(day))
        {
            return true;
        }

        if (_holidays.ContainsKey(day))
        {
            return false;
        }

        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    public DateOnly NextWorkingDayOnOrAfter(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static HolidayCalendar FromJson(Stream json)
    {
        var file = JsonSerializer.Deserialize<HolidayFile>(json, JsonOptions)
            ?? throw new InvalidDataException("The holiday file is empty.");
        return new HolidayCalendar(file.Years);
    }

    /// <summary>The built-in calendar for 2022–2026.</summary>
    public static HolidayCalendar BuiltIn()
    {
        using var stream = typeof(HolidayCalendar).Assembly.GetManifestResourceStream("Xinfang.Calendar.holidays.json")
            ?? throw new InvalidOperationException("The built-in holiday data is missing from the assembly.");
        return FromJson(stream);
    }

    private sealed record HolidayFile([property: JsonRequired] IReadOnlyList<HolidayYear> Years);
}

public sealed record HolidayYear(int Year, string? Notice, IReadOnlyList<Festival> Festivals);

public sealed record Festival(string Name, DateOnly From, DateOnly To, IReadOnlyList<DateOnly> Workdays);
