namespace Xinfang.Core.Performance.Rules;

/// <summary>指标性质: a quantitative indicator is met when the completion value is at least (≥), at most (≤) or
/// equal to (＝) the target; a qualitative one (定性) is judged on a scale.</summary>
public enum IndicatorNature
{
    AtLeast,
    AtMost,
    Equal,
    Qualitative,
}

/// <summary>The printed symbol read as a nature. Strict inequalities (＞ ＜) are not among the four natures of the
/// standard table; they are read as ≥ / ≤ and reported as non-standard.</summary>
public sealed record ParsedNature(IndicatorNature Nature, bool IsStandard);

public static class IndicatorNatures
{
    public static ParsedNature? Parse(string printed) => printed.Trim() switch
    {
        "≥" or ">=" or "≧" or "＞＝" => new(IndicatorNature.AtLeast, true),
        "≤" or "<=" or "≦" or "＜＝" => new(IndicatorNature.AtMost, true),
        "=" or "＝" => new(IndicatorNature.Equal, true),
        "定性" => new(IndicatorNature.Qualitative, true),
        ">" or "＞" => new(IndicatorNature.AtLeast, false),
        "<" or "＜" => new(IndicatorNature.AtMost, false),
        _ => null,
    };

    public static string Symbol(IndicatorNature nature) => nature switch
    {
        IndicatorNature.AtLeast => "≥",
        IndicatorNature.AtMost => "≤",
        IndicatorNature.Equal => "＝",
        _ => "定性",
    };
}
