using Xinfang.Core.Calendar;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;

namespace Xinfang.UnitTests.Calendar;

/// <summary>The rules the deadline settings keep before they are stored, and the JSON row they are stored in.</summary>
public sealed class DeadlineSettingsRulesTests
{
    /// <summary>The statutory defaults as an administrator would send them back.</summary>
    private static Dictionary<string, PeriodInput> Defaults() => new DeadlineSettings().Periods
        .ToDictionary(p => p.Key.ToString(), p => new PeriodInput(p.Value.Days, p.Value.Mode.ToString()));

    private static IReadOnlyList<Error> Errors(Dictionary<string, PeriodInput>? periods, int? maxExtension = 30, int? dueSoon = 3)
    {
        var result = DeadlineSettingsRules.Validate(periods, maxExtension, dueSoon);
        Assert.False(result.IsSuccess, "expected the settings to be refused");
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        return result.Errors;
    }

    [Fact]
    public void Validate_ChangedPeriods_AreKeptWithTheirModes()
    {
        var periods = Defaults();
        periods["Reply"] = new PeriodInput(45, "working");
        periods.Remove("Sign");
        periods["sign"] = new PeriodInput(2, "Working");

        var result = DeadlineSettingsRules.Validate(periods, 20, 5);

        Assert.True(result.IsSuccess, result.IsSuccess ? "" : result.FirstError.Message);
        Assert.Equal(new Period(45, DayCountMode.Working), result.Value[DeadlineStep.Reply]);
        Assert.Equal(new Period(2, DayCountMode.Working), result.Value[DeadlineStep.Sign]);
        Assert.Equal(new Period(15, DayCountMode.Calendar), result.Value[DeadlineStep.Dispose]);
        Assert.Equal((20, 5), (result.Value.MaxExtensionDays, result.Value.DueSoonDays));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    [InlineData(null)]
    public void Validate_WhenAPeriodIsOutside1To365Days_IsRefused(int? days)
    {
        var periods = Defaults();
        periods["Reply"] = new PeriodInput(days, "Calendar");
        var error = Assert.Single(Errors(periods));
        Assert.Equal(("periods.Reply.days", "deadline.days_out_of_range"), (error.Field, error.Code));
        Assert.Contains("办理答复", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lunar")]
    [InlineData("1")]
    [InlineData(null)]
    public void Validate_WhenAModeIsUnknown_IsRefused(string? mode)
    {
        var periods = Defaults();
        periods["Accept"] = new PeriodInput(15, mode);
        var error = Assert.Single(Errors(periods));
        Assert.Equal(("periods.Accept.mode", "validation.unknown_value"), (error.Field, error.Code));
    }

    [Fact]
    public void Validate_WhenAStepIsMissingOrUnknown_NamesIt()
    {
        var periods = Defaults();
        periods.Remove("Callback");
        periods["Lunch"] = new PeriodInput(1, "Calendar");
        var errors = Errors(periods);
        Assert.Contains(errors, e => e.Field == "periods.Callback" && e.Code == "validation.required");
        Assert.Contains(errors, e => e.Field == "periods.Lunch" && e.Code == "deadline.unknown_step");
    }

    [Theory]
    [InlineData(31)]
    [InlineData(0)]
    [InlineData(null)]
    public void Validate_AnExtensionCapAboveTheStatutes30Days_IsRefused(int? days)
    {
        var error = Assert.Single(Errors(Defaults(), maxExtension: days));
        Assert.Equal(("maxExtensionDays", "deadline.extension_over_cap"), (error.Field, error.Code));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public void Validate_DueSoonDaysOutOfRange_IsRefused(int days)
    {
        var error = Assert.Single(Errors(Defaults(), dueSoon: days));
        Assert.Equal(("dueSoonDays", "deadline.due_soon_out_of_range"), (error.Field, error.Code));
    }

    [Fact]
    public void Validate_WithoutPeriods_IsRefused()
    {
        Assert.Contains(Errors(null), e => e.Field == "periods" && e.Code == "validation.required");
    }

    [Fact]
    public void StoredJson_RoundTripsAndFillsAStepItLacksFromTheDefaults()
    {
        var settings = DeadlineSettingsRules.Validate(Defaults(), 25, 4).Value;
        settings.Periods[DeadlineStep.Reply] = new Period(50, DayCountMode.Working);
        var json = DeadlineDataJson.WriteSettings(settings);
        Assert.Contains("\"Reply\":{\"days\":50,\"mode\":\"Working\"}", json, StringComparison.Ordinal);

        var read = DeadlineDataJson.ReadSettings(json, new DeadlineSettings());
        Assert.Equal(new Period(50, DayCountMode.Working), read[DeadlineStep.Reply]);
        Assert.Equal((25, 4), (read.MaxExtensionDays, read.DueSoonDays));

        var older = json.Replace("\"Sign\":{\"days\":1,\"mode\":\"Working\"},", "", StringComparison.Ordinal);
        Assert.NotEqual(json, older);
        Assert.Equal(new Period(1, DayCountMode.Working), DeadlineDataJson.ReadSettings(older, new DeadlineSettings())[DeadlineStep.Sign]);
    }

    [Fact]
    public void Validate_UrgentHours_AreKeptAndAStepLeftOutKeepsItsCurrentHours()
    {
        var current = new Dictionary<DeadlineStep, int> { [DeadlineStep.Dispose] = 3, [DeadlineStep.Sign] = 2, [DeadlineStep.Accept] = 6, [DeadlineStep.Reply] = 48, [DeadlineStep.Redo] = 36 };

        var result = DeadlineSettingsRules.Validate(Defaults(), 30, 3, new Dictionary<string, int?> { ["reply"] = 12 }, current);

        Assert.True(result.IsSuccess, result.IsSuccess ? "" : result.FirstError.Message);
        Assert.Equal(12, result.Value.UrgentHours[DeadlineStep.Reply]);
        Assert.Equal(2, result.Value.UrgentHours[DeadlineStep.Sign]);
        Assert.Equal(36, result.Value.UrgentHours[DeadlineStep.Redo]);
    }

    [Theory]
    [InlineData("Sign", 0, "urgentHours.Sign", "deadline.hours_out_of_range")]
    [InlineData("Reply", 73, "urgentHours.Reply", "deadline.hours_out_of_range")]
    [InlineData("Accept", null, "urgentHours.Accept", "deadline.hours_out_of_range")]
    [InlineData("Callback", 4, "urgentHours.Callback", "deadline.unknown_urgent_step")]
    [InlineData("Soon", 4, "urgentHours.Soon", "deadline.unknown_urgent_step")]
    public void Validate_BadUrgentHours_AreRefusedNamingTheStep(string step, int? hours, string field, string code)
    {
        var result = DeadlineSettingsRules.Validate(Defaults(), 30, 3, new Dictionary<string, int?> { [step] = hours });

        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.Equal((field, code), (error.Field, error.Code));
        Assert.Contains("紧急事项", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AnUrgentStepGivenTwice_IsRefused()
    {
        var result = DeadlineSettingsRules.Validate(Defaults(), 30, 3, new Dictionary<string, int?> { ["Sign"] = 2, ["sign"] = 3 });

        Assert.False(result.IsSuccess);
        Assert.Equal(("urgentHours.sign", "deadline.duplicate_step"), (result.FirstError.Field, result.FirstError.Code));
    }

    [Fact]
    public void StoredJson_KeepsTheUrgentHours_AndARowFromBeforeThemReadsTheDefaults()
    {
        var settings = DeadlineSettingsRules.Validate(Defaults(), 30, 3, new Dictionary<string, int?> { ["Sign"] = 3 }).Value;
        var json = DeadlineDataJson.WriteSettings(settings);
        Assert.Contains("\"urgentHours\":{\"Dispose\":2,\"Sign\":3,", json, StringComparison.Ordinal);
        Assert.Equal(3, DeadlineDataJson.ReadSettings(json, new DeadlineSettings()).UrgentHours[DeadlineStep.Sign]);

        var older = json[..json.IndexOf(",\"urgentHours\"", StringComparison.Ordinal)] + "}";
        var read = DeadlineDataJson.ReadSettings(older, new DeadlineSettings());
        Assert.Equal(new DeadlineSettings().UrgentHours, read.UrgentHours);
    }
}
