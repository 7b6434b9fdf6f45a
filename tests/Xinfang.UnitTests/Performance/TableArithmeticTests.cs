using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;
using Xinfang.Core.Performance.Scoring;
using static Xinfang.UnitTests.Performance.ProjectBuilder;

namespace Xinfang.UnitTests.Performance;

/// <summary>The table's own arithmetic and the checks on malformed or missing targets.</summary>
public sealed class TableArithmeticTests
{
    private static List<ScoreFinding> Check(ProjectEvaluation project) => ProjectScorer.Score(project, RuleProfiles.Default).Findings.ToList();

    [Fact]
    public void Check_WhenTableIsConsistent_RaisesNothing() => Assert.Empty(Check(Project()));

    [Fact]
    public void Check_WhenIndicatorWeightsAddToEightyEight_ReportsTheSum()
    {
        var project = Project([Indicator(weight: 22.5m), Indicator(weight: 22.5m), Indicator(weight: 22.5m), Indicator(weight: 20.5m, entered: 20.5m)]);

        var finding = Assert.Single(Check(project), f => f.Code == FindingCodes.WeightsIndicatorSum);
        Assert.Contains("之和为88，应为90", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenPrintedWeightTotalDiffersFromTheParts_ReportsBoth()
    {
        var project = Project() with { PrintedWeightTotal = 98m };

        Assert.Contains(Check(project), f => f.Code == FindingCodes.WeightsPrintedTotal && f.Message.Contains("合计行权重98", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WhenEnteredTotalIsNotTheSumOfScores_ReportsTheMismatch()
    {
        var project = Project(enteredTotal: 95m);

        Assert.Contains(Check(project), f => f.Code == FindingCodes.TotalMismatch && f.Message.Contains("合计得分95", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WhenPrintedRateIsWithinRoundingOfTheAmounts_RaisesNothing()
    {
        // 5.18/6.64 = 78.01 %, but 5.185/6.635 = 78.15 %: a printed 78.11 % can come from the unrounded amounts.
        var project = Project(adjusted: 6.64m, executed: 5.18m, printedRate: 78.11m, budgetScore: 7.8m, reason: "财政资金困难");

        Assert.DoesNotContain(Check(project), f => f.Code == FindingCodes.BudgetRateMismatch);
    }

    [Fact]
    public void Check_WhenPrintedRateIsBeyondRounding_ReportsTheRateTheAmountsGive()
    {
        var project = Project(adjusted: 6.64m, executed: 5.18m, printedRate: 79.00m, budgetScore: 7.8m, reason: "财政资金困难");

        Assert.Contains(Check(project), f => f.Code == FindingCodes.BudgetRateMismatch && f.Message.Contains("应为78.01%", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WhenSourcesDoNotAddUpToTheTotal_ReportsTheColumn()
    {
        var project = Project();
        project = project with
        {
            Budget = project.Budget with
            {
                Sources = new Dictionary<FundSource, FundRow> { [FundSource.Fiscal] = FundRow.Of(8m, 8m, 8m, 100m), [FundSource.Unit] = FundRow.Of(1m, 1m, 1m, 100m) },
            },
        };

        Assert.Equal(3, Check(project).Count(f => f.Code == FindingCodes.BudgetSourcesSum));
    }

    [Fact]
    public void Check_WhenRateIsBelowNinetyWithoutReason_AsksForTheReason()
    {
        var project = Project(adjusted: 10m, executed: 5m, budgetScore: 5m);

        Assert.Contains(Check(project), f => f.Code == FindingCodes.BudgetReasonMissing);
        Assert.DoesNotContain(Check(Project(adjusted: 10m, executed: 5m, budgetScore: 5m, reason: "财政资金困难")), f => f.Code == FindingCodes.BudgetReasonMissing);
    }

    [Fact]
    public void Check_WhenNoIndicatorsAndBudgetCellHoldsTheTotal_ReportsMissingTargetsAndTheOverflow()
    {
        var project = Project([], budgetScore: 67m, enteredTotal: 67m) with { PrintedWeightTotal = 100m };
        var score = ProjectScorer.Score(project, RuleProfiles.Default);

        Assert.Contains(score.Findings, f => f.Code == FindingCodes.TargetsMissing);
        Assert.Contains(score.Findings, f => f.Code == FindingCodes.ScoreExceedsWeight);
        Assert.Equal(10m, score.RuleTotal);
        Assert.Equal("差", score.RuleGrade.Name);
    }

    [Fact]
    public void Check_WhenTargetIsMalformed_FlagsEachDefect()
    {
        var project = Project(
        [
            Indicator(level1: "效益指标", level2: "社会效益指标", name: "成本指标"),
            Indicator(level1: "产出指标", level2: "社会效益指标", name: "办结率"),
            Indicator(nature: "约等于"),
            Indicator(target: "全覆盖"),
        ]);

        var codes = Check(project).Select(f => f.Code).ToList();

        Assert.Contains(FindingCodes.TargetNameIsCategory, codes);
        Assert.Contains(FindingCodes.TargetLevel2Mismatch, codes);
        Assert.Contains(FindingCodes.TargetNatureUnknown, codes);
        Assert.Contains(FindingCodes.TargetValueNotNumeric, codes);
    }
}
