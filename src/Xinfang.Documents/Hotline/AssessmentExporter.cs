using MiniExcelLibs;
using Xinfang.Core.Hotline.Features;
using Xinfang.Documents.Excel;
using Xinfang.Documents.Pdf;
using Xinfang.Documents.Word;

namespace Xinfang.Documents.Hotline;

/// <summary>The operator's monthly assessment sheet as Excel (one sheet: the lines, the total, the month's volumes), PDF
/// or Word.</summary>
public static class AssessmentExporter
{
    public static readonly IReadOnlyList<ReportFormat> Formats = [ReportFormat.Xlsx, ReportFormat.Pdf, ReportFormat.Docx];

    public static (byte[] Content, string ContentType, string FileName) Export(HotlineAssessment assessment, string bureau, ReportFormat format)
    {
        using var stream = new MemoryStream();
        string contentType;
        switch (format)
        {
            case ReportFormat.Xlsx:
                Excel(assessment, bureau, stream);
                contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                break;
            case ReportFormat.Pdf:
                PdfReportRenderer.Render(assessment.Title, assessment.Blocks(bureau), stream);
                contentType = "application/pdf";
                break;
            case ReportFormat.Docx:
                DocxReportRenderer.Render(assessment.Blocks(bureau), stream);
                contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "The assessment is exported as xlsx, pdf or docx.");
        }

        return (stream.ToArray(), contentType, assessment.Title + ReportFormats.Extension(format));
    }

    private static void Excel(HotlineAssessment a, string bureau, Stream output)
    {
        string[] header = ["考核指标", "要求", "实际", "分值", "得分", "是否达标"];
        var rows = new List<Dictionary<string, object>>
        {
            LedgerWorkbookWriter.Row(header.Length, a.Title),
            LedgerWorkbookWriter.Row(header.Length, $"考核单位：{bureau}；考核期间：{a.From:yyyy-MM-dd} 至 {a.To:yyyy-MM-dd}"),
            LedgerWorkbookWriter.Row(header.Length, [.. header]),
        };
        rows.AddRange(a.Lines.Select(l => LedgerWorkbookWriter.Row(header.Length, l.Name, l.Requirement, l.Actual is { } v ? (object)v : "无数据", l.Points, l.Score, l.Met ? "达标" : "未达标")));
        rows.Add(LedgerWorkbookWriter.Row(header.Length, "合计", "", "", a.OutOf, a.Score, a.Grade));
        if (a.Figures is { } f)
        {
            rows.Add(LedgerWorkbookWriter.Row(header.Length, $"呼入{f.Offered}次，接通{f.Answered}次，放弃{f.Abandoned}次，未接入{f.BusyOrFailed}次"));
        }

        output.SaveAs(new Dictionary<string, object> { ["考核表"] = rows }, printHeader: false, configuration: TablesWorkbookWriter.Configuration);
    }
}
