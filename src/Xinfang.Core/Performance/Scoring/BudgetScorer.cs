using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;

namespace Xinfang.Core.Performance.Scoring;

/// <summary>The budget-execution part (预算执行情况): 执行率 = 执行数 / 调整后预算数 (the initial budget when no adjusted
/// one is given), score proportional to the rate, capped at the weight; profiles may add a full-marks rate and a
/// rate below which nothing is earned.</summary>
public sealed record BudgetScore(decimal? Rate, decimal RuleScore, decimal? EnteredScore, IReadOnlyList<ScoreFinding> Findings)
{
    public bool HasGap => EnteredScore is { } e && Math.Abs(e - RuleScore) > Figures.ScoreTolerance;
}

public static class BudgetScorer
{
    public static BudgetScore Score(ProjectEvaluation project, RuleProfile profile)
    {
        var place = $"{project.Code} 预算执行情况";
        var findings = new List<ScoreFinding>();
        var total = project.Budget.Total;
        var entered = project.Budget.EnteredScore;
        var weight = profile.BudgetWeight;
        if (entered is { } e && e > weight)
        {
            findings.Add(new(FindingCodes.ScoreExceedsWeight, FindingSeverity.Error, place,
                $"填报得分{Figures.Score(e)}超过预算执行权重{Figures.Score(weight)}（疑为把总分填入了预算执行得分栏）。"));
        }
        if (entered is null)
        {
            findings.Add(new(FindingCodes.ScoreMissing, FindingSeverity.Error, place, "未填报预算执行得分。"));
        }
        if (total.Budget is not { } budget || budget <= 0 || total.Executed is not { } executed)
        {
            findings.Add(new(FindingCodes.BudgetMissing, FindingSeverity.Error, place, "缺少调整后预算数或预算执行数，无法计算预算执行率，按规则不得分。"));
            return new(null, 0m, entered, findings);
        }

        var rate = executed / budget;
        var share = rate >= profile.BudgetFullRate ? 1m : rate < profile.BudgetZeroBelowRate ? 0m : rate / profile.BudgetFullRate;
        var rule = weight * share;
        if (entered is { } en && Math.Abs(en - rule) > Figures.ScoreTolerance)
        {
            var how = share == 1m
                ? $"达到{Figures.Share(profile.BudgetFullRate)}，按规则应得满分{Figures.Score(weight)}分"
                : share == 0m
                    ? $"低于{Figures.Share(profile.BudgetZeroBelowRate)}，按规则不得分"
                    : profile.BudgetFullRate == 1m
                        ? $"按规则得分 = {Figures.Percent(rate)}×{Figures.Score(weight)} = {Figures.Score(rule)}分"
                        : $"按规则得分 = {Figures.Percent(rate)}/{Figures.Share(profile.BudgetFullRate)}×{Figures.Score(weight)} = {Figures.Score(rule)}分";
            findings.Add(new(FindingCodes.ScoreGap, FindingSeverity.Warning, place,
                $"预算执行率 = {Figures.Amount(executed)}/{Figures.Amount(budget)} = {Figures.Percent(rate)}，{how}，填报{Figures.Score(en)}分，{Figures.Difference(en, rule)}。"));
        }
        return new(rate, rule, entered, findings);
    }
}
