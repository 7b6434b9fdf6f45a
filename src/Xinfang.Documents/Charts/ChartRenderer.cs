using Xinfang.Core.Common.Reporting;
using ScottPlot;
using Xinfang.Core.Finance.Report;
using Xinfang.Documents.Fonts;

namespace Xinfang.Documents.Charts;

/// <summary>Renders the report's charts to PNG with ScottPlot, every text element in the CJK font.</summary>
public static class ChartRenderer
{
    public const int Width = 640;
    public const int Height = 400;

    private static readonly Lazy<bool> FontRegistered = new(() =>
    {
        ScottPlot.Fonts.AddFontFile(CjkFont.FamilyName, CjkFont.Path, bold: false, italic: false);
        ScottPlot.Fonts.AddFontFile(CjkFont.FamilyName, CjkFont.BoldPath, bold: true, italic: false);
        return true;
    });

    public static byte[] RenderPng(ChartSpec chart)
    {
        _ = FontRegistered.Value;
        var plot = new Plot();
        if (chart.Kind == ChartKind.Bar)
        {
            Bars(plot, chart);
        }
        else
        {
            Pie(plot, chart);
        }
        plot.Title(chart.Caption);
        plot.Font.Set(CjkFont.FamilyName);
        plot.Legend.FontName = CjkFont.FamilyName;
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static void Bars(Plot plot, ChartSpec chart)
    {
        var bars = chart.Values.Select((v, i) => new Bar
        {
            Position = i,
            Value = (double)v,
            Label = chart.ValueLabels[i],
            FillColor = i == chart.Values.Count - 1 && chart.HighlightLast ? Colors.SteelBlue : chart.HighlightLast ? Colors.LightSteelBlue : Colors.SteelBlue,
        }).ToArray();
        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontName = CjkFont.FamilyName;
        plottable.ValueLabelStyle.FontSize = 14;
        plot.Axes.Bottom.SetTicks([.. chart.Categories.Select((_, i) => (double)i)], [.. chart.Categories]);
        plot.Axes.Bottom.TickLabelStyle.FontName = CjkFont.FamilyName;
        plot.Axes.Left.Label.Text = chart.Unit;
        plot.Axes.Margins(bottom: 0, top: 0.2);
    }

    private static void Pie(Plot plot, ChartSpec chart)
    {
        var palette = new ScottPlot.Palettes.Category10();
        var slices = chart.Values.Select((v, i) => new PieSlice
        {
            Value = (double)v,
            Label = chart.ValueLabels[i],
            LegendText = chart.Categories[i],
            FillColor = palette.GetColor(i),
        }).ToList();
        foreach (var slice in slices)
        {
            slice.LabelStyle.FontName = CjkFont.FamilyName;
            slice.LabelStyle.FontSize = 13;
        }
        var pie = plot.Add.Pie(slices);
        pie.SliceLabelDistance = 1.25;
        plot.Axes.Frameless();
        plot.HideGrid();
        plot.ShowLegend(Edge.Bottom);
    }
}
