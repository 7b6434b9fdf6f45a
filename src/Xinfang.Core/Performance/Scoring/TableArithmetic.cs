using Xinfang.Core.Common.Reporting;
using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;

namespace Xinfang.Core.Performance.Scoring;

/// <summary>The self-evaluation table's own arithmetic: weights (budget + indicators = 100, as the profile divides
/// them, and as the 合计 row prints), the entered total against its parts, each printed execution rate against its
/// amounts, the sources against 总额, and the reasons the table asks for. Printed amounts (2 decimals) and printed
/// scores are compared within their rounding, so consistent tables raise nothing.</summary>
public static class TableArithmetic
{
    public static IEnumerable<ScoreFinding> Check(ProjectEvaluation p, RuleProfile profile)
    {
        var place = p.Code;
        var indicatorWeights = p.Indicators.Sum(i => i.Weight ?? 0m);
        var budgetWeight = p.Budget.Weight;
        if (p.Indicators.Count == 0)
        {
            yield return new(FindingCodes.TargetsMissing, FindingSeverity.Error, $"{place} 绩效指标",
                $"未设置绩效指标（绩效目标缺失），绩效指标{Figures.Score(profile.IndicatorWeight)}分无从计分，按规则计0分。");
        }
        else if (indicatorWeights != profile.IndicatorWeight)
        {
            yield return new(FindingCodes.WeightsIndicatorSum, FindingSeverity.Error, $"{place} 绩效指标",
                $"各项绩效指标权重之和为{Figures.Score(indicatorWeights)}，应为{Figures.Score(profile.IndicatorWeight)}。");
        }
        if (budgetWeight is { } bw && bw != profile.BudgetWeight)
        {
            yield return new(FindingCodes.WeightsBudget, FindingSeverity.Error, $"{place} 预算执行情况",
                $"预算执行权重为{Figures.Score(bw)}，评分规则为{Figures.Score(profile.BudgetWeight)}。");
        }
        var weightSum = (budgetWeight ?? 0m) + indicatorWeights;
        if (p.PrintedWeightTotal is { } printedWeights && printedWeights != weightSum)
        {
            yield return new(FindingCodes.WeightsPrintedTotal, FindingSeverity.Error, $"{place} 合计",
                $"合计行权重{Figures.Score(printedWeights)}，与预算执行权重{Figures.Score(budgetWeight ?? 0m)}加各项指标权重之和{Figures.Score(weightSum)}不符。");
        }
        else if (p.Indicators.Count > 0 && weightSum != profile.TotalWeight)
        {
            yield return new(FindingCodes.WeightsTotal, FindingSeverity.Error, $"{place} 合计",
                $"权重合计{Figures.Score(weightSum)}，应为{Figures.Score(profile.TotalWeight)}。");
        }

        foreach (var finding in EnteredTotal(p))
        {
            yield return finding;
        }
        foreach (var finding in Rates(p))
        {
            yield return finding;
        }
        foreach (var finding in Reasons(p, profile))
        {
            yield return finding;
        }
    }

    private static IEnumerable<ScoreFinding> EnteredTotal(ProjectEvaluation p)
    {
        var parts = new[] { p.Budget.EnteredScore }.Concat(p.Indicators.Select(i => i.EnteredScore)).OfType<decimal>().ToList();
        if (p.EnteredTotal is not { } total)
        {
            yield return new(FindingCodes.TotalMissing, FindingSeverity.Error, $"{p.Code} 合计", "未填报合计得分。");
            yield break;
        }
        var sum = parts.Sum();
        if (Math.Abs(total - sum) > Figures.ScoreTolerance * (parts.Count + 1))
        {
            yield return new(FindingCodes.TotalMismatch, FindingSeverity.Error, $"{p.Code} 合计",
                $"合计得分{Figures.Score(total)}，与预算执行得分加各项指标得分之和{Figures.Score(sum)}不符。");
        }
    }

    private static IEnumerable<ScoreFinding> Rates(ProjectEvaluation p)
    {
        var rows = new List<(string Label, FundRow Row)> { ("总额", p.Budget.Total) };
        rows.AddRange(p.Budget.Sources.Select(s => (FundSourceNames.Chinese(s.Key), s.Value)));
        foreach (var (label, row) in rows)
        {
            if (row.PrintedRate is not { } printed || row.Executed is not { } executed || row.Budget is not { } budget)
            {
                continue;
            }
            if (budget == 0m)
            {
                if (executed != 0m)
                {
                    yield return new(FindingCodes.BudgetRateMismatch, FindingSeverity.Error, $"{p.Code} 预算执行情况·{label}",
                        $"调整后预算数为0而执行数为{Figures.Amount(executed)}，执行率无从计算（表中印为{Figures.PrintedPercent(printed)}）。");
                }
                continue;
            }
            if (!Tolerance.PercentFits(printed, 2, Tolerance.PercentRange(executed, budget)))
            {
                yield return new(FindingCodes.BudgetRateMismatch, FindingSeverity.Error, $"{p.Code} 预算执行情况·{label}",
                    $"表中执行率{Figures.PrintedPercent(printed)}，按执行数{Figures.Amount(executed)}/调整后预算数{Figures.Amount(budget)}应为{Figures.Percent(executed / budget)}（已计入金额四舍五入的误差）。");
            }
        }
        if (p.Budget.Sources.Count == 0)
        {
            yield break;
        }
        foreach (var (column, pick) in new (string, Func<FundRow, decimal?>)[]
                 { ("年初预算", r => r.InitialBudget), ("调整后预算数", r => r.AdjustedBudget), ("预算执行数", r => r.Executed) })
        {
            if (pick(p.Budget.Total) is not { } total)
            {
                continue;
            }
            var parts = p.Budget.Sources.Values.Select(pick).OfType<decimal>().ToList();
            if (Math.Abs(total - parts.Sum()) > Tolerance.ForSum(total, parts))
            {
                yield return new(FindingCodes.BudgetSourcesSum, FindingSeverity.Error, $"{p.Code} 预算执行情况·{column}",
                    $"总额{Figures.Amount(total)}万元，与各资金来源之和{Figures.Amount(parts.Sum())}万元不符。");
            }
        }
    }

    private static IEnumerable<ScoreFinding> Reasons(ProjectEvaluation p, RuleProfile profile)
    {
        var total = p.Budget.Total;
        var hasReason = !string.IsNullOrWhiteSpace(p.Budget.Reason);
        if (total.InitialBudget is { } initial && total.AdjustedBudget is { } adjusted && initial != adjusted)
        {
            var change = adjusted - initial;
            yield return new(FindingCodes.BudgetAdjusted, hasReason ? FindingSeverity.Info : FindingSeverity.Warning, $"{p.Code} 预算执行情况",
                $"年中预算{(change > 0 ? "追加" : "调减")}{Figures.Amount(Math.Abs(change))}万元（年初{Figures.Amount(initial)}，调整后{Figures.Amount(adjusted)}）"
                + (hasReason ? "。" : "，表中未单独说明理由。"));
        }
        if (!hasReason && total.Budget is > 0 && total.Executed is { } executed && executed / total.Budget.Value < profile.ReasonRequiredBelowRate)
        {
            yield return new(FindingCodes.BudgetReasonMissing, FindingSeverity.Warning, $"{p.Code} 预算执行情况",
                $"预算执行率{Figures.Percent(executed / total.Budget.Value)}未达到{Figures.Share(profile.ReasonRequiredBelowRate)}，“原因”栏未说明原因。");
        }
    }
}
