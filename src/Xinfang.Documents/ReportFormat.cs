namespace Xinfang.Documents;

/// <summary>The export formats of the final-accounts report.</summary>
public enum ReportFormat
{
    Docx,
    Pdf,
    Xlsx,
    Html,
}

public static class ReportFormats
{
    public static bool TryParse(string text, out ReportFormat format) =>
        Enum.TryParse(text.Trim().TrimStart('.'), ignoreCase: true, out format) && Enum.IsDefined(format);

    public static string Extension(ReportFormat format) => "." + format.ToString().ToLowerInvariant();
}
