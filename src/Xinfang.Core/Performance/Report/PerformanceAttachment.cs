using Xinfang.Core.Common.Reporting;
using Xinfang.Core.Performance.Scoring;

namespace Xinfang.Core.Performance.Report;

/// <summary>The performance part of the final-accounts report (第四部分 附件) as Finance report blocks: the
/// department-wide evaluation report, the project self-evaluation tables (flattened to plain rows, with the rule
/// notes under each) and the projects' written reports. The Finance generator can append these blocks before the
/// public tables.</summary>
public static class PerformanceAttachment
{
    /// <summary>Part 4 for a department-year of the final accounts: its performance year scored by the default
    /// profile, or nothing when there is none.</summary>
    public static IReadOnlyList<ReportBlock> ForAccounts(string accountsId) =>
        Features.PerformanceSampleCatalog.Find(accountsId) is { } year ? Blocks(Features.EvaluatePerformance.Handle(year)) : [];

    public static IReadOnlyList<ReportBlock> Blocks(EvaluationResult result)
    {
        var year = result.Year;
        var blocks = new List<ReportBlock> { new HeadingBlock(1, "第四部分 附件"), new HeadingBlock(2, year.Department.Title) };
        blocks.AddRange(Sections(year.Department.Sections));
        blocks.Add(new HeadingBlock(2, $"附表：{SelfEvaluationLayout.TitleOf(year.FiscalYear)}"));
        var n = 0;
        foreach (var p in result.Projects)
        {
            var rows = SelfEvaluationLayout.Build(p.Project, year.FiscalYear, result.Profile).PlainRows();
            blocks.Add(new TableBlock(new PublicTable($"附表{++n}", $"{SelfEvaluationLayout.TitleOf(year.FiscalYear)}：{p.Project.Title}", rows[0], rows.Skip(1).ToList())
            {
                Unit = "万元、分",
            }));
            blocks.AddRange(ScoreNotes.For(p).Select(line => new ParagraphBlock(line)));
        }
        foreach (var report in year.ProjectReports)
        {
            blocks.Add(new HeadingBlock(2, report.Title));
            blocks.AddRange(Sections(report.Sections));
        }
        return blocks;
    }

    private static IEnumerable<ReportBlock> Sections(IEnumerable<Model.ReportSection> sections)
    {
        foreach (var s in sections)
        {
            if (s.Heading.Length > 0)
            {
                yield return new HeadingBlock(Math.Min(3, s.Level + 1), s.Heading);
            }
            foreach (var paragraph in s.Paragraphs)
            {
                yield return new ParagraphBlock(paragraph);
            }
        }
    }
}
