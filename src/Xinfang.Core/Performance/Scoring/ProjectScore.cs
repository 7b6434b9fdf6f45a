using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;

namespace Xinfang.Core.Performance.Scoring;

/// <summary>A project's rule total and grade beside the entered ones, with every finding (table arithmetic,
/// malformed targets, explained gaps). Scores are unrounded.</summary>
public sealed record ProjectScore(
    ProjectEvaluation Project,
    BudgetScore Budget,
    IReadOnlyList<IndicatorScore> Indicators,
    IReadOnlyList<ScoreFinding> TableFindings,
    decimal RuleTotal,
    GradeBand RuleGrade,
    GradeBand? EnteredGrade)
{
    public decimal? EnteredTotal => Project.EnteredTotal;

    public IEnumerable<ScoreFinding> Findings => TableFindings.Concat(Budget.Findings).Concat(Indicators.SelectMany(i => i.Findings));

    public IEnumerable<ScoreFinding> Gaps => Findings.Where(f => f.Code == FindingCodes.ScoreGap);
}

public static class ProjectScorer
{
    public static ProjectScore Score(ProjectEvaluation project, RuleProfile profile)
    {
        var budget = BudgetScorer.Score(project, profile);
        var indicators = project.Indicators.Select((i, n) => IndicatorScorer.Score(i, n + 1, project.Code, profile)).ToList();
        var table = TableArithmetic.Check(project, profile).ToList();
        var total = budget.RuleScore + indicators.Sum(i => i.RuleScore);
        var enteredGrade = project.EnteredTotal is { } entered ? profile.GradeOf(entered) : null;
        return new ProjectScore(project, budget, indicators, table, total, profile.GradeOf(Figures.Round(total)), enteredGrade);
    }
}
