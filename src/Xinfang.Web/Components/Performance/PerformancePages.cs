using Xinfang.Core.Performance.Rules;
using Xinfang.Core.Performance.Samples;

namespace Xinfang.Web.Components.Performance;

/// <summary>What the Performance pages share: the department-year they show (<c>?year=</c>, else the newest) and the
/// links that carry the year and the chosen rule profile.</summary>
public static class PerformancePages
{
    public const string SampleYearId = Renhe2022Performance.Id;

    public static string ProfileOrDefault(string? profile) =>
        profile is not null && RuleProfiles.Find(profile) is { } p ? p.Name : RuleProfiles.DefaultName;

    public static string ListLink(string year, string profile) => $"/performance?year={Uri.EscapeDataString(year)}&profile={Uri.EscapeDataString(profile)}";

    public static string ProjectLink(string year, string code, string profile) =>
        $"/performance/{Uri.EscapeDataString(code)}?year={Uri.EscapeDataString(year)}&profile={Uri.EscapeDataString(profile)}";

    public static string Download(string year, string format, string profile) =>
        $"/performance/{Uri.EscapeDataString(year)}/self-evaluation.{format}?profile={Uri.EscapeDataString(profile)}";

    /// <summary>The short form of a 21-character project code as the disclosure quotes it: the serial without its
    /// leading zeros, at least six digits (51041121Y000000068012 → 068012, 51041122T000005590331 → 5590331).</summary>
    public static string ShortCode(string code) => code.Length == 21 ? code[9..].TrimStart('0').PadLeft(6, '0') : code;

    /// <summary>An indicator's name cut to fit a picker.</summary>
    public static string Short(string name) => name.Length <= 20 ? name : name[..20] + "…";

    public static string Score(decimal? value) => value is { } v ? v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
