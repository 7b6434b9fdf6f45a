using Xinfang.Core.Analysis.Briefing;
using Xinfang.Core.Common.Reporting;
using Xinfang.Documents.Charts;
using Xinfang.Documents.Pdf;
using Xinfang.Documents.Word;

namespace Xinfang.Documents.Analysis;

public enum BriefingFormat
{
    Docx,
    Pdf,
}

/// <summary>The leaders' briefing as Word or PDF, through the report renderers the finance disclosure uses (CJK fonts,
/// charts as pictures, tables as ruled grids).</summary>
public static class BriefingRenderer
{
    public static bool TryParse(string? text, out BriefingFormat format) =>
        Enum.TryParse(text?.Trim().TrimStart('.'), ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(text, out _);

    public static string ContentType(BriefingFormat format) => format == BriefingFormat.Pdf
        ? "application/pdf"
        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Write(BriefingDocument briefing, BriefingFormat format, Stream output)
    {
        var charts = briefing.Blocks.OfType<ChartBlock>().ToDictionary(c => c.Chart.Number, c => ChartRenderer.RenderPng(c.Chart));
        if (format == BriefingFormat.Pdf)
        {
            PdfReportRenderer.Render(briefing.Title, briefing.Blocks, output, charts);
        }
        else
        {
            DocxReportRenderer.Render(briefing.Blocks, output, charts);
        }
    }

    public static byte[] Bytes(BriefingDocument briefing, BriefingFormat format)
    {
        using var output = new MemoryStream();
        Write(briefing, format, output);
        return output.ToArray();
    }
}
