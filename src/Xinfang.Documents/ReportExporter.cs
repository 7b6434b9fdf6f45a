using System.Text;
using Xinfang.Core.Finance.Report;
using Xinfang.Documents.Charts;
using Xinfang.Documents.Excel;
using Xinfang.Documents.Html;
using Xinfang.Documents.Pdf;
using Xinfang.Documents.Word;

namespace Xinfang.Documents;

/// <summary>Writes a generated report in one of the export formats. Charts are rendered once per report and shared
/// by the formats that embed them.</summary>
public sealed class ReportExporter(FinalAccountsReport report)
{
    private readonly Lazy<IReadOnlyDictionary<int, byte[]>> _charts =
        new(() => report.Charts.ToDictionary(c => c.Number, ChartRenderer.RenderPng));

    public FinalAccountsReport Report { get; } = report;

    public IReadOnlyDictionary<int, byte[]> Charts => _charts.Value;

    public void Write(ReportFormat format, Stream output)
    {
        switch (format)
        {
            case ReportFormat.Docx:
                DocxReportRenderer.Render(Report, output, Charts);
                break;
            case ReportFormat.Pdf:
                PdfReportRenderer.Render(Report, output, Charts);
                break;
            case ReportFormat.Xlsx:
                TablesWorkbookWriter.Write(Report, output);
                break;
            case ReportFormat.Html:
                var bytes = Encoding.UTF8.GetBytes(HtmlReportRenderer.Render(Report, Charts));
                output.Write(bytes);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "不支持的导出格式。");
        }
    }

    public void WriteFile(ReportFormat format, string path)
    {
        using var file = File.Create(path);
        Write(format, file);
    }
}
