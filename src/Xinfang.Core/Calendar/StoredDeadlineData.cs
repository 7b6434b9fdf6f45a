using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Xinfang.Core.Calendar;

/// <summary>One year of the holiday calendar (festivals with their make-up working days) as the administrator keeps
/// it: one JSON row a year, audited like every other row. Seeded from the built-in State Council data.</summary>
public sealed class StoredCalendarYear
{
    private StoredCalendarYear() { }

    public StoredCalendarYear(HolidayYear year, DateTimeOffset now)
    {
        Year = year.Year;
        Replace(year, now);
    }

    public int Year { get; private set; }
    public string? Notice { get; private set; }
    public string Json { get; private set; } = "";

    /// <summary>Raised by one on every save and checked by the database (a concurrency token), so two saves of the
    /// same year cannot both win; the sum over all rows is the fingerprint instances compare
    /// (<see cref="DeadlinePolicyProvider"/>).</summary>
    public int Revision { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    internal void Replace(HolidayYear year, DateTimeOffset now)
    {
        Notice = year.Notice;
        Json = DeadlineDataJson.WriteFestivals(year.Festivals);
        Revision++;
        UpdatedAt = now;
    }

    public HolidayYear ToHolidayYear() => new(Year, Notice, DeadlineDataJson.ReadFestivals(Json));
}

/// <summary>The deadline settings (period and day-count mode per step, extension cap, due-soon days, urgent hours): a single
/// JSON row, seeded from the <c>Deadlines</c> configuration section, edited by the administrator.</summary>
public sealed class StoredDeadlineSettings
{
    public const int SingleId = 1;

    private StoredDeadlineSettings() { }

    public StoredDeadlineSettings(DeadlineSettings settings, DateTimeOffset now)
    {
        Id = SingleId;
        Replace(settings, now);
    }

    public int Id { get; private set; }
    public string Json { get; private set; } = "";

    /// <summary>As <see cref="StoredCalendarYear.Revision"/>.</summary>
    public int Revision { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    internal void Replace(DeadlineSettings settings, DateTimeOffset now)
    {
        Json = DeadlineDataJson.WriteSettings(settings);
        Revision++;
        UpdatedAt = now;
    }

    /// <summary>The stored settings; a step missing from the row (one added in a later version) takes its default.</summary>
    public DeadlineSettings ToSettings(DeadlineSettings defaults) => DeadlineDataJson.ReadSettings(Json, defaults);
}

/// <summary>The JSON of the two rows above: readable Chinese (it is also what the audit trail shows), enums by name.</summary>
public static class DeadlineDataJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string WriteFestivals(IReadOnlyList<Festival> festivals) => JsonSerializer.Serialize(festivals, Options);

    public static IReadOnlyList<Festival> ReadFestivals(string json) =>
        JsonSerializer.Deserialize<List<Festival>>(json, Options) ?? throw new InvalidDataException("A stored calendar year has no festivals.");

    public static string WriteSettings(DeadlineSettings settings) =>
        JsonSerializer.Serialize(new SettingsDocument(new SortedDictionary<DeadlineStep, Period>(settings.Periods), settings.MaxExtensionDays, settings.DueSoonDays,
            new SortedDictionary<DeadlineStep, int>(settings.UrgentHours)), Options);

    public static DeadlineSettings ReadSettings(string json, DeadlineSettings defaults)
    {
        var document = JsonSerializer.Deserialize<SettingsDocument>(json, Options) ?? throw new InvalidDataException("The stored deadline settings are empty.");
        var periods = new Dictionary<DeadlineStep, Period>(defaults.Periods);
        foreach (var (step, period) in document.Periods)
        {
            periods[step] = period;
        }

        // A row stored before urgent hours existed takes the defaults' hours.
        var hours = new Dictionary<DeadlineStep, int>(defaults.UrgentHours);
        foreach (var (step, value) in document.UrgentHours ?? new Dictionary<DeadlineStep, int>())
        {
            hours[step] = value;
        }

        return new DeadlineSettings { Periods = periods, MaxExtensionDays = document.MaxExtensionDays, DueSoonDays = document.DueSoonDays, UrgentHours = hours };
    }

    private sealed record SettingsDocument(IDictionary<DeadlineStep, Period> Periods, int MaxExtensionDays, int DueSoonDays,
        IDictionary<DeadlineStep, int>? UrgentHours = null);
}
