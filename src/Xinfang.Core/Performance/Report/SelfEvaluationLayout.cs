using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;
using Xinfang.Core.Performance.Scoring;

namespace Xinfang.Core.Performance.Report;

/// <summary>The 部门预算项目支出绩效自评表 of one project in the layout of the published tables (11 columns, the
/// project header, 预算执行情况 with its sources, 绩效指标 with merged 一级/二级 cells, 合计, conclusion, problems,
/// measures), with the figures as the department entered them.</summary>
public static class SelfEvaluationLayout
{
    public const int Columns = 11;

    /// <summary>The template's note printed in the 原因 cell when the department gives no reason.</summary>
    public const string ReasonNote = "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）;2.年中发生预算调整的（追加或调减）,应单独说明理由；3.其他资金包括：社会投入资金、银行贷款.";

    public static string TitleOf(int year) => $"部门预算项目支出绩效自评表（{year}年度）";

    public static TableGrid Build(ProjectEvaluation p, int year, RuleProfile profile)
    {
        var g = new TableGrid(TitleOf(year), Columns);
        g.Row((0, H("项目名称")), (1, C(p.Title, 10)));
        g.Row((0, H("主管部门")), (1, C(p.CompetentDepartment, 4)), (5, H("实施单位（盖章）", 2)), (7, C(p.ImplementingUnit, 4)));
        g.Row((0, H("项目基本情况", 1, 4)), (1, H("1.项目年度目标完成情况", 10)));
        g.Row((1, H("项目年度目标", 5)), (6, H("年度目标完成情况", 5)));
        g.Row((1, C(p.YearGoal, 5)), (6, C(p.GoalOutcome, 5)));
        g.Row((1, H("2.项目实施内容及过程概述", 3)), (4, C(p.ImplementationSummary, 7)));

        var sources = Enum.GetValues<FundSource>();
        g.Row((0, H($"预算执行情况（{Figures.Score(profile.BudgetWeight)}分）", 1, 2 + sources.Length)), (1, H("年度预算数（万元）", 2)), (3, H("年初预算")),
            (4, H("调整后预算数")), (5, H("预算执行数")), (6, H("预算执行率")), (7, H("权重")), (8, H("得分")), (9, H("原因", 2)));
        var b = p.Budget;
        g.Row([(1, C("总额", 2)), .. Amounts(b.Total), (7, C(Figures.Score(b.Weight))), (8, C(Figures.Score(b.EnteredScore))), (9, C(b.Reason ?? ReasonNote, 2))]);
        foreach (var source in sources)
        {
            var row = b.Sources.GetValueOrDefault(source) ?? FundRow.Blank;
            var label = source == FundSource.Fiscal ? "其中：财政资金" : FundSourceNames.Chinese(source);
            g.Row([(1, C(label, 2)), .. Amounts(row), (7, C("/")), (8, C("/")), (9, C("", 2))]);
        }

        g.Row((0, H($"绩效指标（{Figures.Score(profile.IndicatorWeight)}分）", 1, 1 + p.Indicators.Count)), (1, H("一级指标")), (2, H("二级指标")), (3, H("三级指标")),
            (4, H("指标性质")), (5, H("指标值")), (6, H("度量单位")), (7, H("完成值")), (8, H("权重")), (9, H("得分")), (10, H("未完成原因分析")));
        for (var i = 0; i < p.Indicators.Count; i++)
        {
            var x = p.Indicators[i];
            var cells = new List<(int, GridCell)>();
            if (i == 0 || p.Indicators[i - 1].Level1 != x.Level1)
            {
                cells.Add((1, C(x.Level1, 1, Run(p.Indicators, i, y => y.Level1))));
            }
            if (i == 0 || p.Indicators[i - 1].Level1 != x.Level1 || p.Indicators[i - 1].Level2 != x.Level2)
            {
                cells.Add((2, C(x.Level2, 1, Run(p.Indicators, i, y => (y.Level1, y.Level2)))));
            }
            var completion = x.Measurement is { } m ? Figures.Number(Figures.Round(m.Value)) : x.Completion ?? "";
            cells.AddRange([(3, C(x.Name)), (4, C(x.Nature)), (5, C(x.Target)), (6, C(x.Unit ?? "")), (7, C(completion)),
                (8, C(Figures.Score(x.Weight))), (9, C(Figures.Score(x.EnteredScore))), (10, C(x.ShortfallReason ?? ""))]);
            g.Row([.. cells]);
        }
        g.Row((0, H("合计", 8)), (8, C(Figures.Score(p.PrintedWeightTotal))), (9, C(Figures.Score(p.EnteredTotal))), (10, C("")));
        g.Row((0, H("评价结论")), (1, C(p.Conclusion, 10)));
        g.Row((0, H("存在问题")), (1, C(p.Problems, 10)));
        g.Row((0, H("改进措施")), (1, C(p.Measures, 10)));
        return g;
    }

    /// <summary>One line per project: entered and rule totals and grades (the engine's summary).</summary>
    public static TableGrid Summary(EvaluationResult r)
    {
        var g = new TableGrid($"项目支出绩效自评规则核算汇总（{r.Profile.Title}）", 8);
        g.Row((0, H("序号")), (1, H("项目编码")), (2, H("项目名称")), (3, H("填报总分")), (4, H("填报等级")), (5, H("规则总分")), (6, H("规则等级")), (7, H("差异处数")));
        var n = 0;
        foreach (var p in r.Projects)
        {
            g.Row((0, C((++n).ToString(System.Globalization.CultureInfo.InvariantCulture))), (1, C(p.Project.Code)), (2, C(p.Project.Name)),
                (3, C(Figures.Score(p.EnteredTotal))), (4, C(p.EnteredGrade?.Name ?? "")), (5, C(Figures.Score(p.RuleTotal))), (6, C(p.RuleGrade.Name)),
                (7, C(p.Gaps.Count().ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
        return g;
    }

    private static int Run(IReadOnlyList<PerformanceIndicator> items, int start, Func<PerformanceIndicator, object> key)
    {
        var end = start + 1;
        while (end < items.Count && Equals(key(items[end]), key(items[start])))
        {
            end++;
        }
        return end - start;
    }

    private static (int, GridCell)[] Amounts(FundRow row) =>
        [(3, C(Figures.Amount(row.InitialBudget))), (4, C(Figures.Amount(row.AdjustedBudget))), (5, C(Figures.Amount(row.Executed))), (6, C(Figures.PrintedPercent(row.PrintedRate)))];

    private static GridCell H(string text, int colSpan = 1, int rowSpan = 1) => new(text, colSpan, rowSpan, Bold: true);

    private static GridCell C(string text, int colSpan = 1, int rowSpan = 1) => new(text, colSpan, rowSpan);
}
