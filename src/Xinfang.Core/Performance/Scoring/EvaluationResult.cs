using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;

namespace Xinfang.Core.Performance.Scoring;

/// <summary>A department-year scored under one rule profile.</summary>
public sealed record EvaluationResult(PerformanceYear Year, RuleProfile Profile, IReadOnlyList<ProjectScore> Projects, DepartmentScore Department)
{
    public IEnumerable<ScoreFinding> AllFindings => Projects.SelectMany(p => p.Findings).Concat(Department.Findings);

    public ProjectScore Project(string code) => Projects.Single(p => p.Project.Code == code);
}
