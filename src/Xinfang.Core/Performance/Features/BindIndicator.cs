using Xinfang.Core.Common;
using Xinfang.Core.Performance.LiveData;
using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;

namespace Xinfang.Core.Performance.Features;

/// <summary>Binds an indicator to a live figure of the Cases module (or unbinds it with a null binding). A rate can
/// only back an indicator measured in %, a count one measured in 件/次; qualitative indicators cannot be bound.</summary>
public static class BindIndicator
{
    public static Result<PerformanceYear> Handle(PerformanceYear year, string projectCode, int indicatorNumber, LiveBinding? binding)
    {
        var project = year.Projects.FirstOrDefault(p => p.Code == projectCode);
        if (project is null)
        {
            return Error.Validation("projectCode", "performance.project_not_found", $"项目编码“{projectCode}”不存在。");
        }
        if (indicatorNumber < 1 || indicatorNumber > project.Indicators.Count)
        {
            return Error.Validation("indicatorNumber", "performance.indicator_not_found",
                $"指标序号{indicatorNumber}超出范围：项目“{project.Name}”共有{project.Indicators.Count}项绩效指标。");
        }
        var indicator = project.Indicators[indicatorNumber - 1];
        if (binding is not null)
        {
            var nature = IndicatorNatures.Parse(indicator.Nature);
            if (nature is null || nature.Nature == IndicatorNature.Qualitative)
            {
                return Error.Validation("binding", "performance.binding_qualitative", $"指标“{indicator.Name}”是定性指标或指标性质无法识别，不能绑定业务数据。");
            }
            var unit = indicator.Unit?.Trim() ?? "";
            var fits = LiveFigureNames.IsRate(binding.Figure) ? unit is "%" or "％" : unit is "件" or "件次" or "次";
            if (!fits)
            {
                return Error.Validation("binding", "performance.binding_unit",
                    $"指标“{indicator.Name}”的度量单位是“{unit}”，不能绑定{LiveFigureNames.Chinese(binding.Figure)}（{LiveFigureNames.Unit(binding.Figure)}）。");
            }
        }
        var indicators = project.Indicators.Select((x, i) => i == indicatorNumber - 1 ? x with { Binding = binding, Measurement = null } : x).ToList();
        return year with { Projects = [.. year.Projects.Select(p => p.Code == projectCode ? p with { Indicators = indicators } : p)] };
    }
}
