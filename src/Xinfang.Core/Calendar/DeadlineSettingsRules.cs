using Xinfang.Core.Common;

namespace Xinfang.Core.Calendar;

/// <summary>A step's period as typed: days, and <c>Calendar</c> (自然日) or <c>Working</c> (工作日).</summary>
public sealed record PeriodInput(int? Days, string? Mode);

/// <summary>The rules the deadline settings must keep before they are stored: every step has a period of 1–365 days
/// in a known mode; an extension is at most 30 days (《信访工作条例》第三十六条); due-soon warnings 1–30 days ahead.
/// An urgent matter's hour-level limits are 1–72 hours, for the work-order steps only.
/// Each broken rule names its field (<c>periods.Reply.days</c>, <c>urgentHours.Sign</c>).</summary>
public static class DeadlineSettingsRules
{
    public const int MaxPeriodDays = 365;

    /// <summary>条例第三十六条: 延长期限不得超过三十日.</summary>
    public const int StatutoryMaxExtensionDays = 30;

    public const int MaxDueSoonDays = 30;

    public const int MaxUrgentHours = 72;

    /// <param name="urgentHours">Hours by step name; a step left out keeps its hours from <paramref name="currentUrgentHours"/>
    /// (the settings in force), so a client that does not know of them changes nothing.</param>
    public static Result<DeadlineSettings> Validate(IReadOnlyDictionary<string, PeriodInput>? periods, int? maxExtensionDays, int? dueSoonDays,
        IReadOnlyDictionary<string, int?>? urgentHours = null, IReadOnlyDictionary<DeadlineStep, int>? currentUrgentHours = null)
    {
        var errors = new List<Error>();
        var hours = ValidateUrgentHours(urgentHours, currentUrgentHours ?? new DeadlineSettings().UrgentHours, errors);
        var parsed = new Dictionary<DeadlineStep, Period>();
        if (periods is null)
        {
            errors.Add(Error.Validation("periods", "validation.required", "请填写各办理环节的期限。"));
        }
        else
        {
            var given = new Dictionary<DeadlineStep, (string Key, PeriodInput? Input)>();
            foreach (var (key, input) in periods)
            {
                if (!TryParseStep(key, out var step))
                {
                    errors.Add(Error.Validation($"periods.{key}", "deadline.unknown_step",
                        $"未知的办理环节“{key}”，可选：{string.Join("、", Enum.GetNames<DeadlineStep>())}。"));
                }
                else if (!given.TryAdd(step, (key, input)))
                {
                    errors.Add(Error.Validation($"periods.{key}", "deadline.duplicate_step", $"“{DeadlineStepNames.Of(step)}”的期限重复填写。"));
                }
            }

            foreach (var step in Enum.GetValues<DeadlineStep>())
            {
                if (!given.TryGetValue(step, out var entry) || entry.Input is null)
                {
                    errors.Add(Error.Validation($"periods.{step}", "validation.required", $"请填写“{DeadlineStepNames.Of(step)}”的期限。"));
                    continue;
                }

                var (key, input) = (entry.Key, entry.Input);
                var ok = true;
                if (input.Days is not (>= 1 and <= MaxPeriodDays))
                {
                    errors.Add(Error.Validation($"periods.{key}.days", "deadline.days_out_of_range",
                        $"“{DeadlineStepNames.Of(step)}”的期限须为1至{MaxPeriodDays}日。"));
                    ok = false;
                }

                if (!TryParseMode(input.Mode, out var mode))
                {
                    errors.Add(Error.Validation($"periods.{key}.mode", "validation.unknown_value",
                        $"“{DeadlineStepNames.Of(step)}”的计算方式只能是自然日（Calendar）或工作日（Working）。"));
                    ok = false;
                }

                if (ok)
                {
                    parsed[step] = new Period(input.Days!.Value, mode);
                }
            }
        }

        if (maxExtensionDays is not (>= 1 and <= StatutoryMaxExtensionDays))
        {
            errors.Add(Error.Validation("maxExtensionDays", "deadline.extension_over_cap",
                $"延期上限须为1至{StatutoryMaxExtensionDays}日（《信访工作条例》第三十六条：延长期限不得超过{StatutoryMaxExtensionDays}日）。"));
        }

        if (dueSoonDays is not (>= 1 and <= MaxDueSoonDays))
        {
            errors.Add(Error.Validation("dueSoonDays", "deadline.due_soon_out_of_range", $"临期提醒须为到期前1至{MaxDueSoonDays}日。"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<DeadlineSettings>([.. errors]);
        }

        return new DeadlineSettings { Periods = parsed, MaxExtensionDays = maxExtensionDays!.Value, DueSoonDays = dueSoonDays!.Value, UrgentHours = hours };
    }

    private static Dictionary<DeadlineStep, int> ValidateUrgentHours(IReadOnlyDictionary<string, int?>? given, IReadOnlyDictionary<DeadlineStep, int> current, List<Error> errors)
    {
        var defaults = new DeadlineSettings().UrgentHours;
        var hours = DeadlineSettings.UrgentSteps.ToDictionary(s => s, s => current.GetValueOrDefault(s, defaults[s]));
        var seen = new HashSet<DeadlineStep>();
        foreach (var (key, value) in given ?? new Dictionary<string, int?>())
        {
            if (!TryParseStep(key, out var step) || !DeadlineSettings.UrgentSteps.Contains(step))
            {
                errors.Add(Error.Validation($"urgentHours.{key}", "deadline.unknown_urgent_step",
                    $"紧急事项只对以下环节按小时计时：{string.Join("、", DeadlineSettings.UrgentSteps.Select(s => $"{s}（{DeadlineStepNames.Of(s)}）"))}，“{key}”不在其中。"));
            }
            else if (!seen.Add(step))
            {
                errors.Add(Error.Validation($"urgentHours.{key}", "deadline.duplicate_step", $"紧急事项“{DeadlineStepNames.Of(step)}”的时限重复填写。"));
            }
            else if (value is not (>= 1 and <= MaxUrgentHours))
            {
                errors.Add(Error.Validation($"urgentHours.{key}", "deadline.hours_out_of_range",
                    $"紧急事项“{DeadlineStepNames.Of(step)}”的时限须为1至{MaxUrgentHours}小时。"));
            }
            else
            {
                hours[step] = value.Value;
            }
        }

        return hours;
    }

    private static bool TryParseStep(string key, out DeadlineStep step) =>
        Enum.TryParse(key, ignoreCase: true, out step) && Enum.IsDefined(step) && !key.Any(char.IsAsciiDigit);

    private static bool TryParseMode(string? text, out DayCountMode mode)
    {
        mode = default;
        return text is { Length: > 0 } && !text.Any(char.IsAsciiDigit)
            && Enum.TryParse(text.Trim(), ignoreCase: true, out mode) && Enum.IsDefined(mode);
    }
}
