using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;

namespace Xinfang.Core.Performance.Scoring;

/// <summary>Flags a target (绩效目标) that is malformed: a missing name, weight or nature, a 三级 name that is only a
/// category, levels outside the standard framework, a non-numeric target for a quantitative indicator, no unit.</summary>
internal static class TargetChecks
{
    public static IEnumerable<ScoreFinding> Check(PerformanceIndicator i, ParsedNature? nature, string place)
    {
        if (string.IsNullOrWhiteSpace(i.Name))
        {
            yield return new(FindingCodes.TargetNameMissing, FindingSeverity.Error, place, "三级指标名称空缺。");
        }
        else if (IndicatorFramework.AllLevel2.Contains(i.Name.Trim()) || IndicatorFramework.IsKnownLevel1(i.Name.Trim()))
        {
            yield return new(FindingCodes.TargetNameIsCategory, FindingSeverity.Warning, place,
                $"三级指标名称“{i.Name}”只是指标类别，没有写明具体指标。");
        }
        if (!IndicatorFramework.IsKnownLevel1(i.Level1))
        {
            yield return new(FindingCodes.TargetLevel1Unknown, FindingSeverity.Warning, place,
                $"一级指标“{i.Level1}”不是产出指标、效益指标、满意度指标之一。");
        }
        else if (!IndicatorFramework.Belongs(i.Level1, i.Level2))
        {
            yield return new(FindingCodes.TargetLevel2Mismatch, FindingSeverity.Warning, place,
                $"二级指标“{i.Level2}”不属于一级指标“{i.Level1}”（应为{string.Join("、", IndicatorFramework.Levels[i.Level1])}之一）。");
        }
        if (i.Weight is not { } weight || weight <= 0)
        {
            yield return new(FindingCodes.TargetWeightMissing, FindingSeverity.Error, place, "权重空缺或不大于0，无法计分。");
        }
        if (nature is null)
        {
            yield return new(FindingCodes.TargetNatureUnknown, FindingSeverity.Error, place,
                $"指标性质“{i.Nature}”无法识别（应为 ≥、≤、＝、定性 之一），无法计分。");
            yield break;
        }
        if (!nature.IsStandard)
        {
            yield return new(FindingCodes.TargetNatureNonStandard, FindingSeverity.Warning, place,
                $"指标性质“{i.Nature}”不是 ≥、≤、＝、定性 之一，按“{IndicatorNatures.Symbol(nature.Nature)}”计分。");
        }
        if (nature.Nature == IndicatorNature.Qualitative)
        {
            yield break;
        }
        if (!Figures.TryParse(i.Target, out _))
        {
            yield return new(FindingCodes.TargetValueNotNumeric, FindingSeverity.Error, place,
                $"定量指标的指标值“{i.Target}”不是数值，无法计分。");
        }
        if (string.IsNullOrWhiteSpace(i.Unit))
        {
            yield return new(FindingCodes.TargetUnitMissing, FindingSeverity.Warning, place, "定量指标缺少度量单位。");
        }
    }
}
