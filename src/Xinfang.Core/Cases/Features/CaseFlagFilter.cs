using Xinfang.Core.Common;

namespace Xinfang.Core.Cases.Features;

/// <summary>The flags a list can be narrowed by (SPEC §1.5): 集体访, 越级访 (a level, or any), 异常场所, 重复访, 重点事项,
/// 敏感期, 紧急. Null: not filtered.</summary>
public sealed record CaseFlagFilter(
    bool? Collective = null, SkipLevel? SkipLevel = null, bool? AnySkipLevel = null, bool? AbnormalVenue = null, bool? Repeat = null,
    bool? KeyCase = null, bool? SensitivePeriod = null, bool? Urgent = null)
{
    public bool IsEmpty => this == new CaseFlagFilter();

    public IQueryable<Case> Apply(IQueryable<Case> cases)
    {
        if (Collective is { } collective) cases = cases.Where(c => c.IsCollective == collective);
        if (SkipLevel is { } level) cases = cases.Where(c => c.SkipLevel == level);
        if (AnySkipLevel is { } any) cases = any ? cases.Where(c => c.SkipLevel != Cases.SkipLevel.None) : cases.Where(c => c.SkipLevel == Cases.SkipLevel.None);
        if (AbnormalVenue is { } venue) cases = cases.Where(c => c.AbnormalVenue == venue);
        if (Repeat is { } repeat) cases = cases.Where(c => c.IsRepeat == repeat);
        if (KeyCase is { } key) cases = cases.Where(c => c.IsKeyCase == key);
        if (SensitivePeriod is { } sensitive) cases = cases.Where(c => c.SensitivePeriod == sensitive);
        if (Urgent is { } urgent) cases = cases.Where(c => c.IsUrgent == urgent);
        return cases;
    }

    /// <summary>Reads the query parameters (<c>collective=true</c>, <c>skipLevel=any|none|toCity|toProvince|toBeijing</c> …);
    /// each bad one is an error naming it.</summary>
    public static Result<CaseFlagFilter> Parse(string? collective, string? skipLevel, string? abnormalVenue, string? repeat, string? keyCase,
        string? sensitivePeriod, string? urgent)
    {
        var errors = new List<Error>();
        bool? Flag(string? text, string field, string name)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (bool.TryParse(text.Trim(), out var value))
            {
                return value;
            }

            errors.Add(Error.Validation(field, "validation.format", $"“{name}”应为 true 或 false，收到“{text}”。"));
            return null;
        }

        var filter = new CaseFlagFilter(Flag(collective, "collective", "集体访"), AbnormalVenue: Flag(abnormalVenue, "abnormalVenue", "异常场所"),
            Repeat: Flag(repeat, "repeat", "重复访"), KeyCase: Flag(keyCase, "keyCase", "重点事项"), SensitivePeriod: Flag(sensitivePeriod, "sensitivePeriod", "敏感期"),
            Urgent: Flag(urgent, "urgent", "紧急"));
        if (!string.IsNullOrWhiteSpace(skipLevel))
        {
            var text = skipLevel.Trim();
            if (text.Equals("any", StringComparison.OrdinalIgnoreCase))
            {
                filter = filter with { AnySkipLevel = true };
            }
            else if (Enum.TryParse<SkipLevel>(text, ignoreCase: true, out var level) && Enum.IsDefined(level) && !int.TryParse(text, out _))
            {
                filter = filter with { SkipLevel = level };
            }
            else
            {
                errors.Add(Error.Validation("skipLevel", "validation.unknown_value",
                    $"未知的越级情形“{skipLevel}”，可选：any、{string.Join("、", Enum.GetNames<SkipLevel>())}。"));
            }
        }

        return errors.Count > 0 ? Result.Failure<CaseFlagFilter>([.. errors]) : filter;
    }
}
