using Xinfang.Core.Performance.Features;
using Xinfang.Core.Performance.Rules;
using Xinfang.Core.Performance.Samples;
using Xinfang.Core.Performance.Scoring;
using static Xinfang.UnitTests.Performance.ProjectBuilder;

namespace Xinfang.UnitTests.Performance;

/// <summary>Profiles are data: a second built-in profile (Shanghai grade names) and a province's profile read from
/// JSON that changes the weights, the budget rule, the bands and the grades.</summary>
public sealed class SecondProfileTests
{
    private const string ProvinceJson = """
        {
          "name": "province-x",
          "title": "某省（测试）",
          "basis": "测试用规则",
          "budgetWeight": 20,
          "indicatorWeight": 80,
          "budgetFullRate": 0.9,
          "budgetZeroBelowRate": 0.6,
          "reasonRequiredBelowRate": 0.9,
          "qualitativeBands": [
            { "name": "好", "minShare": 0.9, "maxShare": 1, "words": ["好"] },
            { "name": "一般", "minShare": 0.5, "maxShare": 0.7, "words": ["一般", "中"] },
            { "name": "差", "minShare": 0, "maxShare": 0.3, "words": ["差"] }
          ],
          "grades": [ { "name": "A", "minScore": 85 }, { "name": "B", "minScore": 70 }, { "name": "C", "minScore": 0 } ],
          "metWords": ["已完成"],
          "unmeasured": "keepEntered",
          "departmentAggregation": "simple",
          "monitoringWarningLag": 0.05,
          "monitoringSeriousLag": 0.2
        }
        """;

    private static RuleProfile Province => RuleProfileJson.Read(ProvinceJson).Value;

    [Theory]
    [InlineData(95.55, "优")]
    [InlineData(86.96, "良")]
    [InlineData(70.5, "合格")]
    [InlineData(4.79, "不合格")]
    public void GradeOf_WhenShanghaiProfile_UsesItsGradeNames(double score, string grade) =>
        Assert.Equal(grade, RuleProfiles.Shanghai.GradeOf((decimal)score).Name);

    [Fact]
    public void Evaluate_WhenShanghaiProfile_GradesTheSampleWithItsNamesAndTheSameTotals()
    {
        var national = EvaluatePerformance.Handle(Renhe2022Performance.Create(), RuleProfiles.Default);
        var shanghai = EvaluatePerformance.Handle(Renhe2022Performance.Create(), RuleProfiles.Shanghai);

        Assert.Equal(national.Projects.Select(p => p.RuleTotal), shanghai.Projects.Select(p => p.RuleTotal));
        Assert.Equal("合格", shanghai.Project(Renhe2022Performance.AcceptanceCentreCode).RuleGrade.Name);
        Assert.Equal("中", national.Project(Renhe2022Performance.AcceptanceCentreCode).RuleGrade.Name);
    }

    [Fact]
    public void Budget_WhenProvinceProfile_FullAtNinetyPercentAndNothingBelowSixty()
    {
        var rules = Province;

        Assert.Equal(20m, BudgetScorer.Score(Project(adjusted: 10m, executed: 9.5m), rules).RuleScore);
        Assert.Equal(0.75m / 0.9m * 20m, BudgetScorer.Score(Project(adjusted: 10m, executed: 7.5m), rules).RuleScore);
        Assert.Equal(0m, BudgetScorer.Score(Project(adjusted: 10m, executed: 5.9m), rules).RuleScore);
    }

    [Fact]
    public void Score_WhenProvinceProfile_UsesItsBandsMetWordsAndUnmeasuredRule()
    {
        var rules = Province;

        Assert.Equal(7m, IndicatorScorer.Score(Qualitative("中", 10m, 10m), 1, "P", rules).RuleScore); // 一般 band ends at 70 %
        Assert.Equal(9m, IndicatorScorer.Score(Qualitative("好", 10m, 6m), 1, "P", rules).RuleScore);  // 好 band starts at 90 %
        Assert.Equal(IndicatorOutcome.Unmeasured, IndicatorScorer.Score(Indicator("≤", "2022", "完成", 20m, 20m, "年"), 1, "P", rules).Outcome);
        Assert.Equal(8m, IndicatorScorer.Score(Indicator("≥", "95", null, 10m, 8m), 1, "P", rules).RuleScore); // keepEntered
    }

    [Fact]
    public void TableArithmetic_WhenProvinceProfile_ExpectsItsOwnWeights()
    {
        var findings = TableArithmetic.Check(Project(), Province).ToList();

        Assert.Contains(findings, f => f.Code == FindingCodes.WeightsIndicatorSum && f.Message.Contains("应为80", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code == FindingCodes.WeightsBudget);
    }

    [Fact]
    public void Read_WhenProfileRoundTripsThroughJson_IsUnchanged()
    {
        var json = RuleProfileJson.Write(RuleProfiles.Shanghai);
        var read = RuleProfileJson.Read(json);

        Assert.True(read.IsSuccess);
        Assert.Equal(RuleProfiles.Shanghai.Grades, read.Value.Grades);
        Assert.Equal(RuleProfiles.Shanghai.QualitativeBands.Select(b => (b.Name, b.MinShare, b.MaxShare)), read.Value.QualitativeBands.Select(b => (b.Name, b.MinShare, b.MaxShare)));
    }

    [Fact]
    public void Read_WhenWeightsAndBandsAreWrong_NamesEachField()
    {
        var json = ProvinceJson.Replace("\"budgetWeight\": 20", "\"budgetWeight\": 25", StringComparison.Ordinal)
            .Replace("\"minShare\": 0.9, \"maxShare\": 1", "\"minShare\": 0.9, \"maxShare\": 1.2", StringComparison.Ordinal);

        var result = RuleProfileJson.Read(json);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field == "budgetWeight" && e.Code == "profile.weights");
        Assert.Contains(result.Errors, e => e.Field == "qualitativeBands[0]" && e.Code == "profile.band_range" && e.Message.Contains("“好”", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WhenAFieldIsUnknown_FailsWithItsPath()
    {
        var result = RuleProfileJson.Read("""{ "name": "x", "budgetWieght": 10 }""");

        Assert.False(result.IsSuccess);
        Assert.Equal("profile.invalid_json", result.FirstError.Code);
    }
}
