using Xinfang.Core.Performance.Features;
using Xinfang.Core.Performance.Rules;
using Xinfang.Core.Performance.Samples;
using Xinfang.Core.Performance.Scoring;

namespace Xinfang.UnitTests.Performance;

/// <summary>The renhe-2022 sample under the default profile: the rule total, grade and number of explained gaps of
/// each of the eleven projects, and the department-wide checks.</summary>
public sealed class SampleEvaluationTests
{
    private static readonly EvaluationResult Result = EvaluatePerformance.Handle(Renhe2022Performance.Create(), RuleProfiles.Default);

    [Theory]
    [InlineData("51041121Y000000068012", 84, 95.55, "优", 3)]
    [InlineData("51041121Y000000068013", 76, 95.86, "优", 5)]
    [InlineData("51041121Y000000068015", 69, 86.96, "良", 5)]
    [InlineData("51041121Y000000068017", 63, 91.78, "优", 5)]
    [InlineData("51041121Y000000068024", 63, 88.23, "良", 5)]
    [InlineData("51041121Y000000106551", 57, 89.83, "良", 5)]
    [InlineData("51041121Y000000106552", 65, 90.81, "优", 5)]
    [InlineData("51041122T000000395059", 79, 68.86, "中", 4)]
    [InlineData("51041122T000000395114", 93.5, 70.5, "中", 4)]
    [InlineData("51041122T000005590331", 67, 4.79, "差", 1)]
    [InlineData("51041123T000007509601", 98, 10, "差", 1)]
    public void Evaluate_WhenSample_GivesTheRuleTotalGradeAndGapsOfEachProject(string code, double entered, double ruleTotal, string grade, int gaps)
    {
        var project = Result.Project(code);

        Assert.Equal((decimal)entered, project.EnteredTotal);
        Assert.Equal((decimal)ruleTotal, Figures.Round(project.RuleTotal));
        Assert.Equal(grade, project.RuleGrade.Name);
        Assert.Equal(gaps, project.Gaps.Count());
    }

    [Fact]
    public void Evaluate_WhenSample_ExplainsEveryDifferenceBetweenEnteredAndRuleScores()
    {
        foreach (var project in Result.Projects)
        {
            var differing = project.Indicators.Count(i => i.HasGap) + (project.Budget.HasGap ? 1 : 0);
            Assert.Equal(differing, project.Gaps.Count());
            Assert.All(project.Gaps, g => Assert.Contains("填报", g.Message, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Evaluate_WhenAcceptanceCentre_ExplainsTheCostTheQualitativeBandAndTheBlankCompletions()
    {
        var gaps = Result.Project(Renhe2022Performance.AcceptanceCentreCode).Gaps.Select(g => g.Message).ToList();

        Assert.Contains(gaps, m => m.Contains("273700/547500×15 = 7.5分，填报12.5分", StringComparison.Ordinal));
        Assert.Contains(gaps, m => m.Contains("“中”属“部分达成”", StringComparison.Ordinal) && m.Contains("按规则最多得8分", StringComparison.Ordinal));
        Assert.Equal(2, gaps.Count(m => m.Contains("完成值空缺", StringComparison.Ordinal)));
    }

    [Fact]
    public void Evaluate_WhenSample_FlagsTheMalformedTargetsAsPrinted()
    {
        var findings = Result.AllFindings.ToList();

        Assert.Equal(2, findings.Count(f => f.Code == FindingCodes.TargetsMissing));
        Assert.Equal(2, findings.Count(f => f.Code == FindingCodes.TargetNameIsCategory));
        Assert.Single(findings, f => f.Code == FindingCodes.TargetNatureNonStandard);
        Assert.Equal(2, findings.Count(f => f.Code == FindingCodes.ScoreExceedsWeight));
        Assert.DoesNotContain(findings, f => f.Code is FindingCodes.BudgetRateMismatch or FindingCodes.TotalMismatch or FindingCodes.BudgetSourcesSum);
    }

    [Fact]
    public void Evaluate_WhenSample_FindsTheDepartmentReportDisagreesWithTheTables()
    {
        var department = Result.Department;

        Assert.Equal(92.1m, department.EnteredScore);
        Assert.Equal(60.54m, Figures.Round(department.ReferenceScore!.Value));
        Assert.Equal("中", department.ReferenceGrade!.Name);
        Assert.Contains(department.Findings, f => f.Code == FindingCodes.DepartmentClassMismatch && f.Message.Contains("执行数8.79万元", StringComparison.Ordinal) && f.Message.Contains("8.88万元", StringComparison.Ordinal));
        Assert.Contains(department.Findings, f => f.Code == FindingCodes.DepartmentClassMismatch && f.Message.Contains("67.22万元", StringComparison.Ordinal) && f.Message.Contains("64.22万元", StringComparison.Ordinal));
        Assert.DoesNotContain(department.Findings, f => f.Code is FindingCodes.DepartmentRateMismatch or FindingCodes.DepartmentTotalMismatch);
    }

    [Fact]
    public void Sample_WhenTranscribed_KeepsTheDepartmentReportSections()
    {
        var year = Renhe2022Performance.Create();

        Assert.Equal(11, year.Projects.Count);
        Assert.Equal(["一、基本情况", "二、部门资金收支情况", "三、部门整体绩效分析", "四、评价结论及建议"], year.Department.Sections.Where(s => s.Level == 1).Select(s => s.Heading));
        Assert.Contains(year.Department.Sections.SelectMany(s => s.Paragraphs), p => p.Contains("公用经费年初预算数18.11万元，已执行8.79万元，执行率48.54%", StringComparison.Ordinal));
        Assert.DoesNotContain(year.Department.Sections.SelectMany(s => s.Paragraphs), p => p.Contains("[bookmark", StringComparison.Ordinal));
        Assert.Equal(2, year.ProjectReports.Count);
    }
}

public sealed class EvaluationSummaryTests
{
    [Fact]
    public void Of_WhenSample_RoundsOnceAndGivesMachineSeverities()
    {
        var summary = EvaluationSummary.Of(EvaluatePerformance.Handle(Renhe2022Performance.Create()));

        var first = summary.Projects[0];
        Assert.Equal(7.80m, first.BudgetRuleScore);
        Assert.Equal(78.01m, first.ExecutionRate);
        Assert.Equal(95.55m, first.RuleTotal);
        Assert.Equal("达成", first.Indicators[1].Grade);
        var gap = Assert.Single(first.Indicators[1].Findings);
        Assert.Equal(("score.gap", "warning", "警告"), (gap.Code, gap.Severity, gap.SeverityName));
        Assert.Equal(60.54m, summary.Department.ReferenceScore);
    }
}
