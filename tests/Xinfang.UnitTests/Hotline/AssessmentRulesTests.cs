using Xinfang.Core.Hotline;

namespace Xinfang.UnitTests.Hotline;

/// <summary>The operator's monthly assessment: full points for a figure that meets its level, proportional points for one
/// that falls short (the other way round for times), none without data; the grade from the share of points.</summary>
public sealed class AssessmentRulesTests
{
    [Fact]
    public void AFigureThatMeetsItsLevel_EarnsItsPoints_OneThatFallsShort_InProportion()
    {
        var answerRate = HotlineAssessmentRules.Of("answerRate");
        Assert.Equal((25m, true), (HotlineAssessmentRules.Line(answerRate, 95m, 25, 96.5m).Score, HotlineAssessmentRules.Line(answerRate, 95m, 25, 96.5m).Met));
        // 76 of the required 95: 80 % of 25 points.
        Assert.Equal(20m, HotlineAssessmentRules.Line(answerRate, 95m, 25, 76m).Score);
        // A time: 25 s against at most 20 s earns 20/25 of 10 points.
        Assert.Equal(8m, HotlineAssessmentRules.Line(HotlineAssessmentRules.Of("averageWait"), 20m, 10, 25m).Score);
        Assert.Equal(10m, HotlineAssessmentRules.Line(HotlineAssessmentRules.Of("averageWait"), 20m, 10, 0m).Score);
        var none = HotlineAssessmentRules.Line(HotlineAssessmentRules.Of("satisfactionRate"), 90m, 20, null);
        Assert.Equal((0m, false, "≥ 90%"), (none.Score, none.Met, none.Requirement));
    }

    [Theory]
    [InlineData(95, 100, "优秀")]
    [InlineData(89.99, 100, "良好")]
    [InlineData(80, 100, "良好")]
    [InlineData(60, 100, "合格")]
    [InlineData(59.9, 100, "不合格")]
    [InlineData(45, 50, "优秀")]
    public void TheGrade_FollowsTheShareOfPoints(decimal score, int outOf, string grade) => Assert.Equal(grade, HotlineAssessmentRules.Grade(score, outOf));

    [Fact]
    public void TheDefaultPoints_AddUpToAHundred() => Assert.Equal(100, HotlineAssessmentRules.Figures.Sum(f => f.DefaultPoints));
}
