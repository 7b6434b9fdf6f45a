using Xinfang.Core.Common.Reporting;
using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;

namespace Xinfang.Core.Performance.Scoring;

/// <summary>The department-wide result: a reference score formed from the project rule totals as the profile says
/// (by default weighted by adjusted budget), beside the score the department gave itself, and the figures its report
/// quotes checked against the project tables.</summary>
public sealed record DepartmentScore(decimal? EnteredScore, GradeBand? EnteredGrade, decimal? ReferenceScore, GradeBand? ReferenceGrade, string Method, IReadOnlyList<ScoreFinding> Findings);

public static class DepartmentScorer
{
    public static DepartmentScore Score(PerformanceYear year, IReadOnlyList<ProjectScore> projects, RuleProfile profile)
    {
        var d = year.Department;
        var findings = new List<ScoreFinding>();
        var (reference, method) = Reference(projects, profile);
        if (d.EnteredScore is { } entered && reference is { } r && Math.Abs(entered - r) > Figures.ScoreTolerance)
        {
            var empty = projects.Where(p => p.Project.Indicators.Count == 0).Select(p => p.Project.Code).ToList();
            findings.Add(new(FindingCodes.DepartmentScoreGap, FindingSeverity.Warning, "部门整体绩效自评",
                $"部门自评得分{Figures.Score(entered)}，按规则由{projects.Count}个项目核算的参考分为{Figures.Score(r)}（{method}），{Figures.Difference(entered, r)}"
                + (empty.Count > 0 ? $"；其中{empty.Count}个项目未设绩效指标（{string.Join("、", empty)}），指标部分按0分计。" : "。")));
        }
        findings.AddRange(Classes(d, year.Projects));
        findings.AddRange(Totals(d, year.Projects));
        return new DepartmentScore(d.EnteredScore, d.EnteredScore is { } e ? profile.GradeOf(e) : null,
            reference, reference is { } rr ? profile.GradeOf(Figures.Round(rr)) : null, method, findings);
    }

    private static (decimal? Score, string Method) Reference(IReadOnlyList<ProjectScore> projects, RuleProfile profile)
    {
        if (projects.Count == 0)
        {
            return (null, "无项目");
        }
        if (profile.DepartmentAggregation == DepartmentAggregation.BudgetWeighted)
        {
            var weights = projects.Select(p => p.Project.Budget.Total.Budget ?? 0m).ToList();
            if (weights.Sum() > 0m)
            {
                return (projects.Select((p, i) => p.RuleTotal * weights[i]).Sum() / weights.Sum(), "按各项目调整后预算数加权平均");
            }
        }
        return (projects.Average(p => p.RuleTotal), "各项目简单平均");
    }

    private static IEnumerable<ScoreFinding> Classes(DepartmentEvaluation d, IReadOnlyList<ProjectEvaluation> projects)
    {
        foreach (var c in d.Classes)
        {
            var kind = ProjectTypeNames.Chinese(c.Type);
            var place = $"部门整体绩效评价报告·{kind}项目";
            if (c.Executed is { } executed && c.PrintedRate is { } printed && (c.InitialBudget ?? 0m) + (c.Adjustment ?? 0m) is var budget and > 0m
                && !Tolerance.PercentFits(printed, 2, Tolerance.PercentRange(executed, budget)))
            {
                yield return new(FindingCodes.DepartmentRateMismatch, FindingSeverity.Error, place,
                    $"报告中执行率{Figures.PrintedPercent(printed)}，按执行数{Figures.Amount(executed)}/预算数{Figures.Amount(budget)}应为{Figures.Percent(executed / budget)}。");
            }
            var tables = projects.Where(p => p.Type == c.Type).ToList();
            if (tables.Count == 0)
            {
                continue;
            }
            foreach (var (label, quoted, pick) in new (string, decimal?, Func<FundRow, decimal?>)[]
                     { ("年初预算数", c.InitialBudget, r => r.InitialBudget), ("执行数", c.Executed, r => r.Executed) })
            {
                var parts = tables.Select(t => pick(t.Budget.Total)).OfType<decimal>().ToList();
                if (quoted is { } q && Math.Abs(q - parts.Sum()) > Tolerance.ForSum(q, parts))
                {
                    yield return new(FindingCodes.DepartmentClassMismatch, FindingSeverity.Error, place,
                        $"报告中{kind}项目{label}{Figures.Amount(q)}万元，{tables.Count}张{kind}项目自评表的{label}合计为{Figures.Amount(parts.Sum())}万元（{string.Join("+", parts.Select(x => Figures.Amount(x)))}），相差{Figures.Amount(q - parts.Sum())}万元。");
                }
            }
        }
    }

    private static IEnumerable<ScoreFinding> Totals(DepartmentEvaluation d, IReadOnlyList<ProjectEvaluation> projects)
    {
        if (d.TotalExecuted is not { } total || d.Classes.Count == 0)
        {
            yield break;
        }
        var parts = d.Classes.Select(c => c.Executed ?? projects.Where(p => p.Type == c.Type).Sum(p => p.Budget.Total.Executed ?? 0m)).ToList();
        if (Math.Abs(total - parts.Sum()) > Tolerance.ForSum(total, parts))
        {
            yield return new(FindingCodes.DepartmentTotalMismatch, FindingSeverity.Error, "部门整体绩效评价报告·实际完成数",
                $"报告中实际完成数{Figures.Amount(total)}万元，与各类项目执行数之和{Figures.Amount(parts.Sum())}万元不符。");
        }
    }
}
