using Xinfang.Core.Performance.Scoring;

namespace Xinfang.Core.Performance.Report;

/// <summary>The engine's notes printed under a project's table: the rule total beside the entered one, each explained
/// gap, and the other problems found (hints left out).</summary>
public static class ScoreNotes
{
    public static IReadOnlyList<string> For(ProjectScore p)
    {
        var lines = new List<string>
        {
            $"规则核算：预算执行{Figures.Score(p.Budget.RuleScore)}分，绩效指标{Figures.Score(p.Indicators.Sum(i => i.RuleScore))}分，规则总分{Figures.Score(p.RuleTotal)}分，等级“{p.RuleGrade.Name}”；"
            + $"填报总分{Figures.Score(p.EnteredTotal)}分" + (p.EnteredGrade is { } g ? $"，等级“{g.Name}”。" : "。"),
        };
        var n = 0;
        foreach (var gap in p.Gaps)
        {
            lines.Add($"差异{++n}：{Local(gap.Place, p.Project.Code)}——{gap.Message}");
        }
        n = 0;
        foreach (var f in p.Findings.Where(f => f.Code != FindingCodes.ScoreGap && f.Severity != FindingSeverity.Info))
        {
            lines.Add($"问题{++n}（{FindingSeverityNames.Chinese(f.Severity)}）：{Local(f.Place, p.Project.Code)}——{f.Message}");
        }
        return lines;
    }

    private static string Local(string place, string code) => place.StartsWith(code, StringComparison.Ordinal) ? place[code.Length..].Trim() : place;
}
