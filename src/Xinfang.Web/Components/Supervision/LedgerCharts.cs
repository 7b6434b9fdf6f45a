using Vizor.ECharts;
using Xinfang.Core.Supervision;
using Xinfang.Core.Supervision.Features;

namespace Xinfang.Web.Components.Supervision;

/// <summary>ECharts options for the key-issue ledger, built from the counts the use case computed.</summary>
public static class LedgerCharts
{
    public static string ColourOf(KeyIssueStatus status) => status switch
    {
        KeyIssueStatus.NotStarted => "#bfbfbf",
        KeyIssueStatus.InProgress => "#1677ff",
        KeyIssueStatus.Resolved => "#52c41a",
        _ => "#722ed1",
    };

    /// <summary>Entries by dynamic status: 未启动 / 推进中 / 已化解 / 长期稳控.</summary>
    public static ChartOptions Statuses(IReadOnlyList<StatusCount> counts) => new()
    {
        // A few slices: drawn at once, so what a screenshot or a quick glance shows is the final chart.
        Animation = false,
        Tooltip = new() { Trigger = TooltipTrigger.Item },
        Legend = new() { Bottom = 0 },
        Series =
        [
            new PieSeries
            {
                Radius = new CircleRadius("40%", "68%"),
                Center = new("50%", "45%"),
                Label = new() { Formatter = "{b}\n{c}项" },
                Data = counts.Select(c => new PieSeriesData
                {
                    Name = c.Name,
                    Value = c.Count,
                    ItemStyle = new ItemStyle { Color = new Color(ColourOf(c.Status)) },
                }).ToList(),
            },
        ],
    };
}
