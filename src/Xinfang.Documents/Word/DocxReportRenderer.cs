using Xinfang.Core.Common.Reporting;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xinfang.Core.Finance.Report;
using Xinfang.Documents.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Xinfang.Documents.Word;

/// <summary>Writes the report as a Word document (opens in Word and WPS): headings, paragraphs with East-Asian fonts
/// set (仿宋/黑体 with Noto fallbacks), charts as inline PNG pictures, public tables as bordered Word tables.</summary>
public static class DocxReportRenderer
{
    private const string BodyFont = "仿宋_GB2312";
    private const string HeadingFont = "黑体";
    private const long EmuPerPixel = 9525;

    public static void Render(FinalAccountsReport report, Stream output, IReadOnlyDictionary<int, byte[]>? charts = null) =>
        Render(report.Blocks, output, charts);

    public static void Render(IReadOnlyList<ReportBlock> blocks, Stream output, IReadOnlyDictionary<int, byte[]>? charts = null)
    {
        using var doc = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.Document = new Document(new Body());
        var body = main.Document.Body!;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case LineBlock l:
                    body.Append(Paragraph(l.Text, 32, bold: false, center: false, font: BodyFont, indent: false, align: l.Align));
                    break;
                case HeadingBlock h:
                    body.Append(Paragraph(h.Text, h.Level switch { 0 => 36, 1 => 32, 2 => 30, _ => 28 }, bold: true,
                        center: h.Level <= 1, font: HeadingFont, indent: false));
                    break;
                case ParagraphBlock p:
                    body.Append(Paragraph(p.Text, 28, bold: false, center: false, font: BodyFont, indent: true));
                    break;
                case ChartBlock c:
                    body.Append(Picture(main, c.Chart, charts?.GetValueOrDefault(c.Chart.Number) ?? ChartRenderer.RenderPng(c.Chart)));
                    body.Append(Paragraph($"（{c.Chart.Caption}）", 24, bold: false, center: true, font: BodyFont, indent: false));
                    break;
                case TableBlock t:
                    AppendTable(body, t.Table);
                    break;
                case PageBreakBlock:
                    body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                    break;
            }
        }
        body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1440, Bottom = 1440, Left = 1587U, Right = 1474U }));
        main.Document.Save();
    }

    private static RunProperties RunStyle(int halfPoints, bool bold, string font)
    {
        var props = new RunProperties(
            new RunFonts { EastAsia = font, Ascii = "Times New Roman", HighAnsi = "Times New Roman", Hint = FontTypeHintValues.EastAsia },
            new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            props.PrependChild(new Bold());
        }
        return props;
    }

    private static Paragraph Paragraph(string text, int halfPoints, bool bold, bool center, string font, bool indent, LineAlign? align = null)
    {
        var props = new ParagraphProperties(new SpacingBetweenLines { Line = "400", LineRule = LineSpacingRuleValues.Auto });
        if (center || align == LineAlign.Center)
        {
            props.Append(new Justification { Val = JustificationValues.Center });
        }
        else if (align == LineAlign.Right)
        {
            props.Append(new Justification { Val = JustificationValues.Right });
        }
        if (indent)
        {
            props.Append(new Indentation { FirstLineChars = 200 });
        }
        return new Paragraph(props, new Run(RunStyle(halfPoints, bold, font), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static void AppendTable(Body body, PublicTable table)
    {
        body.Append(Paragraph($"{table.Code}　{table.Title}", 28, bold: true, center: true, font: HeadingFont, indent: false));
        body.Append(Paragraph($"单位：{table.Unit}", 21, bold: false, center: false, font: BodyFont, indent: false));
        var t = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        t.Append(Row(table.Columns, bold: true));
        foreach (var row in table.Rows)
        {
            t.Append(Row(row, bold: false));
        }
        body.Append(t);
        foreach (var note in new[] { table.EmptyNote, table.Note }.OfType<string>())
        {
            body.Append(Paragraph(note, 21, bold: false, center: false, font: BodyFont, indent: false));
        }
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool bold) =>
        new(cells.Select(c => new TableCell(Paragraph(c, 21, bold, center: bold, font: BodyFont, indent: false))));

    private static Paragraph Picture(MainDocumentPart main, ChartSpec chart, byte[] png)
    {
        var imagePart = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            imagePart.FeedData(stream);
        }
        var relationshipId = main.GetIdOfPart(imagePart);
        var cx = ChartRenderer.Width * EmuPerPixel * 9 / 10;
        var cy = ChartRenderer.Height * EmuPerPixel * 9 / 10;
        var id = (uint)chart.Number;
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = chart.Caption },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = id, Name = $"chart{id}.png" },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };
        return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new Drawing(inline)));
    }
}
