using Xinfang.Core.Common.Reporting;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;
using Xinfang.Core.Finance.Report;
using Xinfang.Core.Performance.Features;
using Xinfang.Core.Performance.Report;
using Xinfang.Core.Performance.Samples;
using Xinfang.Documents.Performance;
using Xinfang.Documents.Word;

namespace Xinfang.UnitTests.Performance;

/// <summary>The generated .docx and .xlsx opened with reader libraries (OpenXml SDK, MiniExcel) and checked.</summary>
public sealed class PerformanceDocumentsTests
{
    private static readonly Core.Performance.Scoring.EvaluationResult Result = EvaluatePerformance.Handle(Renhe2022Performance.Create());

    private static MemoryStream Write(SelfEvaluationFormat format)
    {
        var stream = new MemoryStream();
        SelfEvaluationExporter.Write(Result, format, stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Docx_WhenOpened_HasElevenProjectTablesInThePrintedLayoutAndTheRuleNotes()
    {
        using var doc = WordprocessingDocument.Open(Write(SelfEvaluationFormat.Docx), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var tables = body.Elements<Table>().ToList();
        var text = string.Join("\n", body.Elements<Paragraph>().Select(p => p.InnerText));

        Assert.Equal(12, tables.Count); // eleven projects and the summary
        Assert.Equal(11, text.Split("部门预算项目支出绩效自评表（2022年度）").Length - 2);
        Assert.Contains("2022年区信访局部门整体绩效评价报告", text, StringComparison.Ordinal);
        Assert.Contains("规则核算：预算执行10分，绩效指标60.5分，规则总分70.5分，等级“中”；填报总分93.5分，等级“优”。", text, StringComparison.Ordinal);

        var centre = tables.Single(t => t.InnerText.Contains(Renhe2022Performance.AcceptanceCentreCode + "-", StringComparison.Ordinal));
        var rows = centre.Elements<TableRow>().ToList();
        Assert.All(rows, r => Assert.Equal(11, r.Elements<TableCell>().Sum(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1)));
        Assert.Contains(centre.Descendants<VerticalMerge>(), v => v.Val?.Value == MergedCellValues.Restart);
        var satisfaction = rows.Single(r => r.Elements<TableCell>().Any(c => c.InnerText == "群众满意度"));
        Assert.Equal(["群众满意度", "≥", "95", "%", "", "10", "8", ""], satisfaction.Elements<TableCell>().Skip(3).Select(c => c.InnerText));
        var total = rows.Single(r => r.Elements<TableCell>().First().InnerText == "合计");
        Assert.Equal(["合计", "100", "93.5", ""], total.Elements<TableCell>().Select(c => c.InnerText));
        Assert.Contains(body.Descendants<RunFonts>(), f => f.EastAsia?.Value == "仿宋_GB2312");
    }

    [Fact]
    public void Xlsx_WhenOpened_HasTheSummaryTheIndicatorsAndOneSheetPerProject()
    {
        using var stream = Write(SelfEvaluationFormat.Xlsx);
        var sheets = MiniExcel.GetSheetNames(stream);
        Assert.Equal(13, sheets.Count);
        Assert.Equal([SelfEvaluationXlsxWriter.SummarySheet, SelfEvaluationXlsxWriter.IndicatorSheet], sheets.Take(2));
        Assert.Contains(Renhe2022Performance.AcceptanceCentreCode, sheets);

        var summary = stream.Query(sheetName: SelfEvaluationXlsxWriter.SummarySheet).Cast<IDictionary<string, object>>().ToList();
        var centre = summary.Single(r => (r["B"] as string) == Renhe2022Performance.AcceptanceCentreCode);
        Assert.Equal(93.5m, Convert.ToDecimal(centre["D"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(70.5m, Convert.ToDecimal(centre["F"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("中", centre["G"]);

        var indicators = stream.Query(sheetName: SelfEvaluationXlsxWriter.IndicatorSheet).Cast<IDictionary<string, object>>().Skip(1).ToList();
        Assert.Equal(11 + Result.Projects.Sum(p => p.Indicators.Count), indicators.Count);
        var accuracy = indicators.First(r => (r["A"] as string) == "51041121Y000000068012" && (r["F"] as string ?? "").StartsWith("预算编制准确率", StringComparison.Ordinal));
        Assert.Equal(15m, Convert.ToDecimal(accuracy["L"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(22.5m, Convert.ToDecimal(accuracy["M"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("按规则应得满分22.5分，填报15分", accuracy["O"] as string, StringComparison.Ordinal);
    }

    [Fact]
    public void Attachment_WhenRenderedByTheFinanceWordRenderer_CarriesTheReportAndElevenTables()
    {
        var blocks = PerformanceAttachment.Blocks(Result);
        var report = new FinalAccountsReport("附件", blocks, []);
        using var stream = new MemoryStream();
        DocxReportRenderer.Render(report, stream);
        stream.Position = 0;

        using var doc = WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        Assert.Equal(11, body.Elements<Table>().Count());
        Assert.Equal("第四部分 附件", ((HeadingBlock)blocks[0]).Text);
        Assert.Contains(blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("规则总分4.79分，等级“差”", StringComparison.Ordinal));
    }
}
