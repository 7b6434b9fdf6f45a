using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;
using Xinfang.Core.Performance.Scoring;

namespace Xinfang.Core.Performance.Monitoring;

/// <summary>How far an indicator has come. A rate (unit %) is a level: it is compared with the target as it stands.
/// A count is cumulative: its share of the target is compared with the share of the year elapsed. An upper bound
/// (≤) is watched for being exceeded. Qualitative indicators are judged at year end.</summary>
internal static class IndicatorProgressRule
{
    public static IndicatorMonitoring Assess(int number, PerformanceIndicator indicator, string? valueToDate, decimal elapsed, RuleProfile profile)
    {
        var name = IndicatorScorer.Shorten(indicator.Name);
        var nature = IndicatorNatures.Parse(indicator.Nature);
        if (nature is null || nature.Nature == IndicatorNature.Qualitative || !Figures.TryParse(indicator.Target, out var target) || target == 0m)
        {
            return new(number, name, null, false, "定性指标或指标值非数值，年终评价。");
        }
        decimal value;
        if (indicator.Measurement is { } m)
        {
            value = m.Value;
        }
        else if (!Figures.TryParse(valueToDate, out value))
        {
            return new(number, name, null, false, "未报送进度值。");
        }
        var unit = indicator.Unit ?? "";
        var shown = $"{Figures.Number(Figures.Round(value))}{unit}";
        var bound = $"{IndicatorNatures.Symbol(nature.Nature)}{Figures.Number(target)}{unit}";
        if (nature.Nature == IndicatorNature.AtMost)
        {
            return value > target
                ? new(number, name, value / target, true, $"当前{shown}已超出指标值（{bound}）。")
                : new(number, name, value / target, false, $"当前{shown}，未超出指标值（{bound}）。");
        }
        if (unit.Trim() is "%" or "％")
        {
            return value < target
                ? new(number, name, value / target, true, $"当前{shown}低于指标值（{bound}）。")
                : new(number, name, value / target, false, $"当前{shown}，已达指标值（{bound}）。");
        }
        var progress = value / target;
        return progress < elapsed - profile.MonitoringWarningLag
            ? new(number, name, progress, true, $"完成{shown}，为指标值（{bound}）的{Figures.Percent(progress)}，落后于时间进度{Figures.Percent(elapsed)}。")
            : new(number, name, progress, false, $"完成{shown}，为指标值（{bound}）的{Figures.Percent(progress)}，时间进度{Figures.Percent(elapsed)}。");
    }
}
