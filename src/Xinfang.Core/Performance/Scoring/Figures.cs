using System.Globalization;

namespace Xinfang.Core.Performance.Scoring;

/// <summary>Presentation of scores, amounts and rates: rounded once, here, half away from zero; trailing zeros
/// dropped (22.5, 15, 7.8) except where a fixed number of decimals is printed (amounts, rates).</summary>
public static class Figures
{
    public const int ScoreDecimals = 2;

    /// <summary>Half a unit of the presented score: differences smaller than this are rounding, not gaps.</summary>
    public const decimal ScoreTolerance = 0.005m;

    public static decimal Round(decimal value, int decimals = ScoreDecimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    public static string Score(decimal value) => Round(value).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Score(decimal? value) => value is { } v ? Score(v) : "";

    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Amount(decimal? value) => value is { } v ? Round(v).ToString("0.00", CultureInfo.InvariantCulture) : "";

    public static string Percent(decimal? fraction) => fraction is { } f ? Round(f * 100m).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "";

    /// <summary>A rule threshold as a percentage without padding (0.9 → “90%”).</summary>
    public static string Share(decimal fraction) => Number(fraction * 100m) + "%";

    public static string PrintedPercent(decimal? percent) => percent is { } p ? Round(p).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "";

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var cleaned = text.Trim().TrimEnd('%', '％').Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
        return decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>“比规则多2.5分” / “比规则少7.5分” for entered − rule.</summary>
    public static string Difference(decimal entered, decimal rule)
    {
        var d = entered - rule;
        return d > 0 ? $"比规则多{Score(d)}分" : $"比规则少{Score(-d)}分";
    }
}
