using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Report;
using Xinfang.Core.Performance.Scoring;
using Grid = Xinfang.Core.Performance.Report.TableGrid;

namespace Xinfang.Documents.Performance;

/// <summary>The Word document: the department-wide evaluation report, then one 部门预算项目支出绩效自评表 per project
/// (merged cells as printed: GridSpan across, VerticalMerge down) each followed by the rule notes, the rule summary
/// table, and the projects' written reports. East-Asian fonts are set on every run.</summary>
public static class SelfEvaluationDocxWriter
{
    private const string BodyFont = "仿宋_GB2312";
    private const string HeadingFont = "黑体";

    public static void Write(EvaluationResult result, Stream output)
    {
        using var doc = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.Document = new Document(new Body());
        var body = main.Document.Body!;
        var year = result.Year;

        body.Append(Text(year.Department.Title, 36, bold: true, center: true, HeadingFont));
        AppendSections(body, year.Department.Sections);
        body.Append(PageBreak());
        body.Append(Text($"附表：{SelfEvaluationLayout.TitleOf(year.FiscalYear)}", 32, bold: true, center: true, HeadingFont));
        foreach (var p in result.Projects)
        {
            body.Append(Text(SelfEvaluationLayout.TitleOf(year.FiscalYear), 30, bold: true, center: true, HeadingFont));
            body.Append(Table(SelfEvaluationLayout.Build(p.Project, year.FiscalYear, result.Profile)));
            foreach (var line in ScoreNotes.For(p))
            {
                body.Append(Text(line, 21, bold: false, center: false, BodyFont));
            }
            body.Append(PageBreak());
        }
        var summary = SelfEvaluationLayout.Summary(result);
        body.Append(Text(summary.Title, 30, bold: true, center: true, HeadingFont));
        body.Append(Table(summary));
        var d = result.Department;
        body.Append(Text($"部门整体：填报得分{Figures.Score(d.EnteredScore)}分（{d.EnteredGrade?.Name}），规则参考分{Figures.Score(d.ReferenceScore)}分（{d.ReferenceGrade?.Name}，{d.Method}）。",
            24, bold: false, center: false, BodyFont));
        foreach (var report in year.ProjectReports)
        {
            body.Append(PageBreak());
            body.Append(Text(report.Title, 32, bold: true, center: true, HeadingFont));
            AppendSections(body, report.Sections);
        }
        body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1440, Bottom = 1440, Left = 1134U, Right = 1134U }));
        main.Document.Save();
    }

    private static void AppendSections(Body body, IEnumerable<ReportSection> sections)
    {
        foreach (var s in sections)
        {
            if (s.Heading.Length > 0)
            {
                body.Append(Text(s.Heading, s.Level == 1 ? 30 : 28, bold: true, center: false, s.Level == 1 ? HeadingFont : BodyFont));
            }
            foreach (var paragraph in s.Paragraphs)
            {
                body.Append(Text(paragraph, 28, bold: false, center: false, BodyFont, indent: true));
            }
        }
    }

    internal static Table Table(Grid grid)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        var columnWidth = 9638 / grid.Columns;
        table.Append(new DocumentFormat.OpenXml.Wordprocessing.TableGrid(Enumerable.Range(0, grid.Columns).Select(_ => new GridColumn { Width = columnWidth.ToString(CultureInfo.InvariantCulture) })));
        var layout = grid.Layout();
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var row = new TableRow();
            var c = 0;
            while (c < grid.Columns)
            {
                var (origin, above) = layout[r, c];
                if (origin is not null)
                {
                    row.Append(Cell(origin.Text, origin.Bold, origin.ColSpan, origin.RowSpan > 1 ? MergedCellValues.Restart : null, columnWidth));
                    c += origin.ColSpan;
                }
                else if (above is not null)
                {
                    row.Append(Cell("", false, above.Cell.ColSpan, MergedCellValues.Continue, columnWidth));
                    c += above.Cell.ColSpan;
                }
                else
                {
                    row.Append(Cell("", false, 1, null, columnWidth));
                    c++;
                }
            }
            table.Append(row);
        }
        return table;
    }

    private static TableCell Cell(string text, bool bold, int colSpan, MergedCellValues? vertical, int columnWidth)
    {
        var props = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = (columnWidth * colSpan).ToString(CultureInfo.InvariantCulture) });
        if (colSpan > 1)
        {
            props.Append(new GridSpan { Val = colSpan });
        }
        if (vertical is { } merge)
        {
            props.Append(new VerticalMerge { Val = merge });
        }
        props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        return new TableCell(props, Text(text, 18, bold, center: bold, BodyFont));
    }

    private static Paragraph Text(string text, int halfPoints, bool bold, bool center, string font, bool indent = false)
    {
        var props = new ParagraphProperties(new SpacingBetweenLines { Line = "360", LineRule = LineSpacingRuleValues.Auto });
        if (center)
        {
            props.Append(new Justification { Val = JustificationValues.Center });
        }
        if (indent)
        {
            props.Append(new Indentation { FirstLineChars = 200 });
        }
        var size = halfPoints.ToString(CultureInfo.InvariantCulture);
        var run = new RunProperties(
            new RunFonts { EastAsia = font, Ascii = "Times New Roman", HighAnsi = "Times New Roman", Hint = FontTypeHintValues.EastAsia },
            new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        if (bold)
        {
            run.PrependChild(new Bold());
        }
        return new Paragraph(props, new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));
}
