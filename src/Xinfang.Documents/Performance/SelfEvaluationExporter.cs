using Xinfang.Core.Performance.Scoring;

namespace Xinfang.Documents.Performance;

/// <summary>The formats the self-evaluation tables are written in.</summary>
public enum SelfEvaluationFormat
{
    Docx,
    Xlsx,
}

public static class SelfEvaluationFormats
{
    public static bool TryParse(string text, out SelfEvaluationFormat format) =>
        Enum.TryParse(text.Trim().TrimStart('.'), ignoreCase: true, out format) && Enum.IsDefined(format);
}

/// <summary>Writes an evaluated department-year: the department-wide report and the project tables (.docx), or the
/// tables, the rule summary and every indicator's scores (.xlsx).</summary>
public static class SelfEvaluationExporter
{
    public static void Write(EvaluationResult result, SelfEvaluationFormat format, Stream output)
    {
        switch (format)
        {
            case SelfEvaluationFormat.Docx:
                SelfEvaluationDocxWriter.Write(result, output);
                break;
            case SelfEvaluationFormat.Xlsx:
                SelfEvaluationXlsxWriter.Write(result, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "不支持的导出格式。");
        }
    }
}
