using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Scoring;

namespace Xinfang.Core.Performance.Features;

/// <summary>A finding as presented: <c>Severity</c> for machines (error, warning, info), <c>SeverityName</c> in Chinese.</summary>
public sealed record FindingView(string Code, string Severity, string SeverityName, string Place, string Message);

/// <summary>An indicator as presented: scores rounded to two decimals; <c>Grade</c> is the rule outcome of the
/// indicator (达成, 未达成（按比例）, a qualitative band, 无法计量).</summary>
public sealed record IndicatorView(int Number, string Level1, string Level2, string Name, string Nature, string Target, string? Unit, string? Completion,
    decimal? Weight, decimal? EnteredScore, decimal RuleScore, string Grade, IReadOnlyList<FindingView> Findings);

public sealed record ProjectView(string Code, string Name, string Type, decimal? EnteredTotal, string? EnteredGrade, decimal RuleTotal, string Grade,
    decimal? ExecutionRate, decimal? BudgetEnteredScore, decimal BudgetRuleScore, IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<FindingView> Findings)
{
    public IEnumerable<FindingView> Gaps => Findings.Where(f => f.Code == FindingCodes.ScoreGap);
}

public sealed record DepartmentView(decimal? EnteredScore, string? EnteredGrade, decimal? ReferenceScore, string? ReferenceGrade, string Method, IReadOnlyList<FindingView> Findings);

/// <summary>The evaluation as presented (CLI, JSON, pages): every number rounded once, here.</summary>
public sealed record EvaluationSummary(string DepartmentName, int FiscalYear, string Profile, string ProfileTitle, IReadOnlyList<ProjectView> Projects, DepartmentView Department)
{
    public static EvaluationSummary Of(EvaluationResult r) => new(
        r.Year.DepartmentName, r.Year.FiscalYear, r.Profile.Name, r.Profile.Title,
        [.. r.Projects.Select(Project)],
        new DepartmentView(r.Department.EnteredScore, r.Department.EnteredGrade?.Name,
            r.Department.ReferenceScore is { } s ? Figures.Round(s) : null, r.Department.ReferenceGrade?.Name, r.Department.Method,
            [.. r.Department.Findings.Select(View)]));

    private static ProjectView Project(ProjectScore p) => new(
        p.Project.Code, p.Project.Name, ProjectTypeNames.Chinese(p.Project.Type), p.EnteredTotal, p.EnteredGrade?.Name,
        Figures.Round(p.RuleTotal), p.RuleGrade.Name,
        p.Budget.Rate is { } rate ? Figures.Round(rate * 100m) : null, p.Budget.EnteredScore, Figures.Round(p.Budget.RuleScore),
        [.. p.Indicators.Select(Indicator)],
        [.. p.Findings.Select(View)]);

    private static IndicatorView Indicator(IndicatorScore s) => new(
        s.Number, s.Indicator.Level1, s.Indicator.Level2, s.Indicator.Name, s.Indicator.Nature, s.Indicator.Target, s.Indicator.Unit,
        s.Indicator.Measurement is { } m ? Figures.Number(Figures.Round(m.Value)) : s.Indicator.Completion,
        s.Indicator.Weight, s.EnteredScore, Figures.Round(s.RuleScore), s.OutcomeText, [.. s.Findings.Select(View)]);

    private static FindingView View(ScoreFinding f) => new(f.Code, f.Severity.ToString().ToLowerInvariant(), FindingSeverityNames.Chinese(f.Severity), f.Place, f.Message);
}
