using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;
using Xinfang.Core.Performance.Scoring;

namespace Xinfang.Core.Performance.Features;

/// <summary>Self-evaluation use case: score every project and the department under a rule profile.</summary>
public static class EvaluatePerformance
{
    public static EvaluationResult Handle(PerformanceYear year, RuleProfile? profile = null)
    {
        var rules = profile ?? RuleProfiles.Default;
        var projects = year.Projects.Select(p => ProjectScorer.Score(p, rules)).ToList();
        return new EvaluationResult(year, rules, projects, DepartmentScorer.Score(year, projects, rules));
    }
}
