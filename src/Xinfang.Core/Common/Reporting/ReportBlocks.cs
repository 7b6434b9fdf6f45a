namespace Xinfang.Core.Common.Reporting;

/// <summary>A format-independent block of the report; the renderers of Xinfang.Documents lay them out.</summary>
public abstract record ReportBlock;

/// <summary>Level 0 = document title, 1 = part, 2 = section, 3 = subsection.</summary>
public sealed record HeadingBlock(int Level, string Text) : ReportBlock;

public sealed record ParagraphBlock(string Text) : ReportBlock;

public sealed record ChartBlock(ChartSpec Chart) : ReportBlock;

public sealed record TableBlock(PublicTable Table) : ReportBlock;

public sealed record PageBreakBlock : ReportBlock;

public enum LineAlign
{
    Left,
    Center,
    Right,
}

/// <summary>One line without a first-line indent, aligned: a notice's number (文号), its addressee, its issuer and date.</summary>
public sealed record LineBlock(string Text, LineAlign Align) : ReportBlock;

public enum ChartKind
{
    Bar,
    Pie,
}

/// <summary>A chart of the report: bars (year-on-year totals) or a pie (structure), with Chinese labels.
/// ValueLabels are the printed labels of the slices or bars (e.g. “一般公共服务支出 82.4%”).</summary>
public sealed record ChartSpec(int Number, string Title, ChartKind Kind, IReadOnlyList<string> Categories, IReadOnlyList<decimal> Values, IReadOnlyList<string> ValueLabels)
{
    public string Caption => $"图{Number}：{Title}";

    /// <summary>The value axis' unit (the finance report's 万元; a briefing's 件).</summary>
    public string Unit { get; init; } = "万元";

    /// <summary>The last bar in the strong colour (the finance report's current year against earlier ones).</summary>
    public bool HighlightLast { get; init; } = true;
}

/// <summary>One of the standard public tables 公开01表–公开09表. Cells are printed strings; an empty table keeps its
/// header and carries <see cref="EmptyNote"/>.</summary>
public sealed record PublicTable(string Code, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public const string NoDataNote = "本表无数据";

    public string Unit { get; init; } = "万元";
    public string? Note { get; init; }
    public bool IsEmpty { get; init; }
    public string? EmptyNote => IsEmpty ? $"注：{NoDataNote}。" : null;
}
