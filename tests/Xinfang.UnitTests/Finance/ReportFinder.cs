using Xinfang.Core.Common.Reporting;
using Xinfang.Core.Finance.Report;

namespace Xinfang.UnitTests.Finance;

/// <summary>Finds generated paragraphs by their opening words.</summary>
internal static class ReportFinder
{
    public static string Paragraph(this FinalAccountsReport report, string startsWith)
    {
        var matches = report.Blocks.OfType<ParagraphBlock>().Where(p => p.Text.StartsWith(startsWith, StringComparison.Ordinal)).ToList();
        return matches.Count == 1 ? matches[0].Text : throw new InvalidOperationException($"{matches.Count} paragraphs start with “{startsWith}”.");
    }
}
