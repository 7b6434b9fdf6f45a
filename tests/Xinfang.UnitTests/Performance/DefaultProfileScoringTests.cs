using Xinfang.Core.Performance.Rules;
using Xinfang.Core.Performance.Scoring;
using static Xinfang.UnitTests.Performance.ProjectBuilder;

namespace Xinfang.UnitTests.Performance;

/// <summary>Each rule of the default profile (财预〔2020〕10号), one indicator or one budget at a time.</summary>
public sealed class DefaultProfileScoringTests
{
    private static readonly RuleProfile Rules = RuleProfiles.Default;

    private static IndicatorScore Score(Xinfang.Core.Performance.Model.PerformanceIndicator indicator) =>
        IndicatorScorer.Score(indicator, 1, "P", Rules);

    [Fact]
    public void Score_WhenAtMostTargetMet_EarnsTheFullWeightAndExplainsTheGap()
    {
        var score = Score(Indicator("≤", "5", "3", 22.5m, entered: 15m));

        Assert.Equal(IndicatorOutcome.Met, score.Outcome);
        Assert.Equal(22.5m, score.RuleScore);
        var gap = Assert.Single(score.Findings, f => f.Code == FindingCodes.ScoreGap);
        Assert.Contains("完成值3%达成指标值（≤5%），按规则应得满分22.5分，填报15分，比规则少7.5分", gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WhenAtLeastTargetMissed_EarnsActualOverTargetOfTheWeight()
    {
        var score = Score(Indicator("≥", "95", "80", 15m, entered: 10m));

        Assert.Equal(IndicatorOutcome.NotMet, score.Outcome);
        Assert.Equal(80m / 95m * 15m, score.RuleScore);
        Assert.Contains("80/95×15 = 12.63分", Assert.Single(score.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WhenAtMostTargetExceeded_EarnsTargetOverActualOfTheWeight()
    {
        var score = Score(Indicator("≤", "10", "16", 20m, entered: 12.5m, unit: "次"));

        Assert.Equal(10m / 16m * 20m, score.RuleScore);
        Assert.False(score.HasGap);
    }

    [Theory]
    [InlineData("90", 90, 100)]
    [InlineData("125", 100, 125)]
    public void Score_WhenEqualTargetMissed_EarnsTheSmallerOverTheLarger(string actual, int numerator, int denominator)
    {
        var score = Score(Indicator("＝", "100", actual, 22.5m, entered: 0m));

        Assert.Equal((decimal)numerator / denominator * 22.5m, score.RuleScore);
    }

    [Fact]
    public void Score_WhenAtLeastTargetFarExceeded_IsCappedAtTheWeight()
    {
        var score = Score(Indicator("≥", "100", "180", 22.5m, entered: 22.5m));

        Assert.Equal(22.5m, score.RuleScore);
        Assert.Empty(score.Findings);
    }

    [Theory]
    [InlineData("好", 15, 15, "达成", 15)]
    [InlineData("好", 15, 10, "达成", 12)]     // below 80 %: raised to the band's floor
    [InlineData("一般", 15, 10, "部分达成", 10)] // inside 60–80 %: the department's judgement stands
    [InlineData("中", 10, 10, "部分达成", 8)]    // above 80 %: capped at the band's ceiling
    [InlineData("差", 10, 9, "未达成", 6)]
    public void Score_WhenQualitative_KeepsTheEnteredScoreInsideTheBandOfTheCompletionWord(string word, int weight, int entered, string band, int rule)
    {
        var score = Score(Qualitative(word, weight, entered));

        Assert.Equal(IndicatorOutcome.Banded, score.Outcome);
        Assert.Equal(band, score.Band);
        Assert.Equal(rule, score.RuleScore);
        Assert.Equal(entered != rule, score.HasGap);
    }

    [Fact]
    public void Score_WhenQualitativeWordIsUnknown_FlagsItAndScoresNothing()
    {
        var score = Score(Qualitative("尚可", 10m, 8m));

        Assert.Equal(IndicatorOutcome.Unmeasured, score.Outcome);
        Assert.Equal(0m, score.RuleScore);
        Assert.Contains(score.Findings, f => f.Code == FindingCodes.CompletionUnknownWord);
    }

    [Fact]
    public void Score_WhenCompletionIsBlank_ScoresNothingAndExplainsWhy()
    {
        var score = Score(Indicator("≥", "95", null, 10m, entered: 8m));

        Assert.Equal(0m, score.RuleScore);
        Assert.Contains(score.Findings, f => f.Code == FindingCodes.CompletionMissing && f.Severity == FindingSeverity.Error);
        Assert.Contains(score.Findings, f => f.Code == FindingCodes.ScoreGap && f.Message.Contains("按规则不得分，填报8分", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_WhenCompletionIsTheWordCompleted_CountsAsMetWithAWarning()
    {
        var score = Score(Indicator("≤", "2022", "完成", 15m, entered: 15m, unit: "年", level2: "时效指标"));

        Assert.Equal(IndicatorOutcome.Met, score.Outcome);
        Assert.Equal(15m, score.RuleScore);
        Assert.Contains(score.Findings, f => f.Code == FindingCodes.CompletionWordAsMet && f.Severity == FindingSeverity.Warning);
    }

    [Fact]
    public void Score_WhenEnteredScoreExceedsWeight_IsAnError()
    {
        var score = Score(Indicator(weight: 10m, entered: 12m));

        Assert.Contains(score.Findings, f => f.Code == FindingCodes.ScoreExceedsWeight);
        Assert.Equal(10m, score.RuleScore);
    }

    [Fact]
    public void Budget_WhenPartlyExecuted_ScoresTheRateTimesTheWeight()
    {
        var budget = BudgetScorer.Score(Project(adjusted: 6.64m, executed: 5.18m, budgetScore: 6m), Rules);

        Assert.Equal(5.18m / 6.64m, budget.Rate);
        Assert.Equal(5.18m / 6.64m * 10m, budget.RuleScore);
        Assert.Contains("5.18/6.64 = 78.01%，按规则得分 = 78.01%×10 = 7.8分，填报6分，比规则少1.8分", Assert.Single(budget.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_WhenOverExecuted_IsCappedAtTheWeight()
    {
        var budget = BudgetScorer.Score(Project(adjusted: 10m, executed: 12m, printedRate: 120m), Rules);

        Assert.Equal(10m, budget.RuleScore);
        Assert.False(budget.HasGap);
    }

    [Theory]
    [InlineData(100, "优")]
    [InlineData(90, "优")]
    [InlineData(89.99, "良")]
    [InlineData(80, "良")]
    [InlineData(79.99, "中")]
    [InlineData(60, "中")]
    [InlineData(59.99, "差")]
    [InlineData(0, "差")]
    public void GradeOf_WhenScoreIsOnABoundary_FollowsTheDefaultBands(double score, string grade) =>
        Assert.Equal(grade, Rules.GradeOf((decimal)score).Name);

    [Fact]
    public void ProjectScore_WhenEverythingIsMet_TotalsOneHundredWithoutFindings()
    {
        var result = ProjectScorer.Score(Project(), Rules);

        Assert.Equal(100m, result.RuleTotal);
        Assert.Equal("优", result.RuleGrade.Name);
        Assert.Empty(result.Findings);
    }
}
