using System.Text;
using Xinfang.Core.Notices;
using Xinfang.Documents.Html;
using Xinfang.Documents.Pdf;
using Xinfang.Documents.Word;

namespace Xinfang.Documents.Notices;

public sealed record RenderedNotice(byte[] Content, string ContentType, string FileName);

/// <summary>A notice as Word, PDF or a printable HTML page (the browser prints it), from the same blocks.</summary>
public static class NoticeRenderer
{
    public static readonly IReadOnlyList<ReportFormat> Formats = [ReportFormat.Docx, ReportFormat.Pdf, ReportFormat.Html];

    public static RenderedNotice Render(NoticeDocument notice, ReportFormat format)
    {
        using var stream = new MemoryStream();
        var blocks = notice.Blocks();
        string contentType;
        switch (format)
        {
            case ReportFormat.Docx:
                DocxReportRenderer.Render(blocks, stream);
                contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                break;
            case ReportFormat.Pdf:
                PdfReportRenderer.Render(notice.Title, blocks, stream);
                contentType = "application/pdf";
                break;
            case ReportFormat.Html:
                var page = HtmlReportRenderer.Render(notice.Title, blocks)
                    .Replace("</body>", "<script>window.addEventListener('load', () => window.print());</script>\n</body>", StringComparison.Ordinal);
                stream.Write(Encoding.UTF8.GetBytes(page));
                contentType = "text/html; charset=utf-8";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "A notice is rendered as docx, pdf or html.");
        }

        return new RenderedNotice(stream.ToArray(), contentType, notice.FileName + ReportFormats.Extension(format));
    }
}
