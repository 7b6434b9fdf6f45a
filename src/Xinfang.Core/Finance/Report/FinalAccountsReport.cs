using Xinfang.Core.Common.Reporting;
using Xinfang.Core.Finance.Narrative;

namespace Xinfang.Core.Finance.Report;

/// <summary>The generated disclosure: blocks in reading order, the seven charts, the nine public tables, and the
/// claims (every printed figure with the arithmetic it asserts) for the validator.</summary>
public sealed record FinalAccountsReport(string Title, IReadOnlyList<ReportBlock> Blocks, IReadOnlyList<Claim> Claims)
{
    public IEnumerable<ChartSpec> Charts => Blocks.OfType<ChartBlock>().Select(b => b.Chart);

    public IEnumerable<PublicTable> Tables => Blocks.OfType<TableBlock>().Select(b => b.Table);

    /// <summary>All paragraph text in order (headings included), one block per line.</summary>
    public string PlainText => string.Join('\n', Blocks.Select(b => b switch
    {
        HeadingBlock h => h.Text,
        ParagraphBlock p => p.Text,
        ChartBlock c => $"（{c.Chart.Caption}）",
        TableBlock t => t.Table.Title,
        _ => "",
    }).Where(s => s.Length > 0));
}
