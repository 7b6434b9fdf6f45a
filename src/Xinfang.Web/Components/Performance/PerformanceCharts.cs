using Vizor.ECharts;
using Xinfang.Core.Performance.Features;

namespace Xinfang.Web.Components.Performance;

/// <summary>ECharts options for the Performance pages, built from the evaluation summary.</summary>
public static class PerformanceCharts
{
    /// <summary>Each project's entered total beside its rule total.</summary>
    public static ChartOptions Scores(IReadOnlyList<ProjectView> projects) => new()
    {
        Tooltip = new() { Trigger = TooltipTrigger.Axis },
        Legend = new() { Bottom = 0 },
        Grid = new() { Left = "40", Right = "20", Top = "20", Bottom = "70" },
        XAxis = new() { Type = AxisType.Category, Data = projects.Select(p => PerformancePages.ShortCode(p.Code)).ToArray(), AxisLabel = new() { Rotate = 30 } },
        YAxis = new() { Type = AxisType.Value, Min = 0, Max = 100 },
        Series =
        [
            new BarSeries { Name = "填报总分", Data = projects.Select(p => (object)(p.EnteredTotal ?? 0m)).ToArray() },
            new BarSeries { Name = "规则得分", Data = projects.Select(p => (object)p.RuleTotal).ToArray() },
        ],
    };
}
