using Xinfang.Core.Common;
using Xinfang.Core.Performance.Rules;

namespace Xinfang.Core.Performance.Features;

/// <summary>The checks of an entered target (指标性质, 指标值, 权重), shared by entering and adding an indicator.</summary>
internal static class TargetRules
{
    public static List<Error> Check(string? natureText, string? targetText, decimal? weight, out IndicatorNature? nature, out string target)
    {
        var errors = new List<Error>();
        nature = IndicatorNatures.Parse(natureText ?? "")?.Nature;
        if (nature is null)
        {
            errors.Add(Error.Validation("nature", "performance.nature_invalid", "指标性质只能是 ≥、≤、＝ 或 定性。"));
        }

        target = targetText?.Trim() ?? "";
        if (target.Length == 0)
        {
            errors.Add(Error.Validation("target", "validation.required", "请填写指标值。"));
        }
        else if (nature is not null and not IndicatorNature.Qualitative && !target.Any(char.IsAsciiDigit))
        {
            errors.Add(Error.Validation("target", "performance.target_not_number", "定量指标的指标值须为数值（如 95、100%、≤5）。"));
        }

        if (weight is not { } w || w <= 0 || w > 100)
        {
            errors.Add(Error.Validation("weight", "performance.weight_range", "权重（分值）须大于0且不超过100。"));
        }

        return errors;
    }
}
