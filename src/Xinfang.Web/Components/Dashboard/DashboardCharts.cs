using Vizor.ECharts;
using Xinfang.Core.Cases.Features;

namespace Xinfang.Web.Components.Dashboard;

/// <summary>ECharts options for the leader dashboard, built from computed figures.</summary>
public static class DashboardCharts
{
    public static ChartOptions Trend(IReadOnlyList<MonthRates> months) => new()
    {
        Tooltip = new() { Trigger = TooltipTrigger.Axis },
        Legend = new() { Bottom = 0 },
        Grid = new() { Left = "40", Right = "20", Top = "20", Bottom = "50" },
        XAxis = new() { Type = AxisType.Category, Data = months.Select(m => m.Month).ToArray() },
        YAxis = new() { Type = AxisType.Value, Min = 0, Max = 100 },
        Series =
        [
            Line("及时受理率", months.Select(m => m.Rates.TimelyAcceptance.Value)),
            Line("按期办结率", months.Select(m => m.Rates.OnTimeClosure.Value)),
            Line("群众满意率", months.Select(m => m.Rates.Satisfaction.Value)),
        ],
    };

    private static LineSeries Line(string name, IEnumerable<decimal?> values) => new()
    {
        Name = name,
        Data = values.Select(v => v is { } x ? (object)Math.Round(x * 100, 1) : "-").ToArray(),
    };

    public static ChartOptions Pie(IReadOnlyList<Volume> volumes) => new()
    {
        Tooltip = new() { Trigger = TooltipTrigger.Item },
        Series =
        [
            new PieSeries
            {
                Radius = new CircleRadius("35%", "65%"),
                Data = volumes.Select(v => new PieSeriesData { Name = v.Name, Value = v.Count }).ToList(),
            },
        ],
    };

    public static ChartOptions Bars(IReadOnlyList<Volume> volumes, bool horizontal)
    {
        // A horizontal chart lists the largest at the top, so its category axis runs in reverse.
        var ordered = horizontal ? volumes.Reverse().ToList() : volumes.ToList();
        var names = ordered.Select(v => v.Name).ToArray();
        return new ChartOptions
        {
            Tooltip = new() { Trigger = TooltipTrigger.Axis },
            Grid = new() { Left = horizontal ? "130" : "40", Right = "20", Top = "20", Bottom = horizontal ? "30" : "60" },
            XAxis = horizontal ? new XAxis { Type = AxisType.Value } : new XAxis { Type = AxisType.Category, Data = names, AxisLabel = new() { Rotate = 40 } },
            YAxis = horizontal ? new YAxis { Type = AxisType.Category, Data = names } : new YAxis { Type = AxisType.Value },
            Series = [new BarSeries { Data = ordered.Select(v => v.Count).ToArray() }],
        };
    }
}
