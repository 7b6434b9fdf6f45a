using Vizor.ECharts;
using Xinfang.Core.Analysis.Features;

namespace Xinfang.Web.Components.Analysis;

/// <summary>ECharts options for the workspace, from computed figures.</summary>
public static class AnalysisCharts
{
    /// <summary>The slice's rows as bars, stacked by the columns when there are any.</summary>
    public static ChartOptions Slice(SliceView slice)
    {
        var rows = slice.Items.Take(30).ToList();
        var names = rows.Select(r => r.Name).ToArray();
        var series = slice.ColumnHeaders.Count == 0
            ? new List<object> { new BarSeries { Name = "件数", Data = rows.Select(r => r.Count).ToArray() } }
            : slice.ColumnHeaders.Select((h, i) => (object)new BarSeries { Name = h.Name, Stack = "total", Data = rows.Select(r => r.Cells[i].Count).ToArray() }).ToList();
        return new ChartOptions
        {
            Tooltip = new() { Trigger = TooltipTrigger.Axis },
            Legend = slice.ColumnHeaders.Count == 0 ? null : new Legend { Bottom = 0, Type = LegendType.Scroll },
            Grid = new() { Left = "50", Right = "20", Top = "20", Bottom = slice.ColumnHeaders.Count == 0 ? "70" : "90" },
            XAxis = new XAxis { Type = AxisType.Category, Data = names, AxisLabel = new() { Rotate = 35, Interval = 0 } },
            YAxis = new YAxis { Type = AxisType.Value },
            Series = series.Cast<ISeries>().ToList(),
        };
    }

    /// <summary>The period's counts against the same period a year before.</summary>
    public static ChartOptions Trend(TrendView trend) => new()
    {
        Tooltip = new() { Trigger = TooltipTrigger.Axis },
        Legend = new() { Bottom = 0 },
        Grid = new() { Left = "50", Right = "20", Top = "20", Bottom = "60" },
        XAxis = new() { Type = AxisType.Category, Data = trend.Points.Select(p => p.Label).ToArray() },
        YAxis = new() { Type = AxisType.Value },
        Series =
        [
            new LineSeries { Name = "本期", Data = trend.Points.Select(p => (object)p.Count).ToArray() },
            new LineSeries { Name = "去年同期", Data = trend.Points.Select(p => (object)p.LastYear).ToArray() },
        ],
    };
}
