using Xinfang.Core.Performance.Model;

namespace Xinfang.Core.Performance.Samples;

/// <summary>The built-in sample "renhe-2022": the eleven 部门预算项目支出绩效自评表 and the department-wide
/// self-evaluation of 攀枝花市仁和区信访局 for 2022, transcribed from the disclosure's Part 4 as printed — blank
/// completion values, the 三级 indicator named only “成本指标”, the budget cells holding a total of 67 and 98 and all.
/// Cells merged in the printed table (一级/二级 indicators spanning rows) are repeated on each row.</summary>
public static class Renhe2022Performance
{
    public const string Id = "renhe-2022";
    public const string Department = "攀枝花市仁和区信访局";
    public const string AcceptanceCentreCode = "51041122T000000395114";
    public const string ConflictResolutionCode = "51041122T000000395059";

    private const string OperatingGoal = "保障单位日常运转，提高预算编制质量，严格执行预算";
    private const string NotAchieved = "2022年未完成年度目标";
    private const string MostlyAchieved = "2022年基本完成年度目标";
    private const string ConclusionTail = "，因受年度财政资金等不可控因素影响，预算执行灵敏还未能全部达到年初预算数。";
    private const string FundsProblem = "财政资金紧张，预算执行无法全部到位。";
    private const string FundsMeasure = "积极与财政沟通协调，争取保运转资金，统筹开支。";
    private const string FundsShortage = "财政资金困难";
    private const string Accuracy = "预算编制准确率（计算方法为：∣（执行数-预算数）/预算数∣）";
    private const string ThreePublicFormula = "经费控制率[计算方法为：（“三公”经费实际支出数/预算安排数]×100%）";

    public static PerformanceYear Create() => new()
    {
        Id = Id,
        DepartmentName = Department,
        FiscalYear = 2022,
        Projects =
        [
            Operating("51041121Y000000068012", "基本公用经费定额（行政）", "保障单位日常运转，因财政资金紧张，执行情况良好。",
                (6.87m, 6.64m, 5.18m, 78.11m), 6m,
                [Adjustments(8, 22.5m), AccuracyOf(3, 15m), ThreePublic("“三公”" + ThreePublicFormula, 100, 22.5m), Operation(90, 18m, FundsShortage)],
                84m, "良好"),
            Operating("51041121Y000000068013", "基本公用经费定额（事业）", "保障单位日常运转，因财政资金紧张，执行情况一般。",
                (2.63m, 2.63m, 1.54m, 58.32m), 6m,
                [Adjustments(10, 20m), AccuracyOf(3, 15m), Operation(100, 20m), ThreePublic("“三公”" + ThreePublicFormula, 80, 15m, FundsShortage)],
                76m, "一般"),
            Operating("51041121Y000000068015", "基本公用经费支出总额（行政）", "保障单位日常运转，因财政资金紧张，执行情况一般。",
                (2.40m, 2.40m, 0.89m, 37.11m), 4m,
                [Adjustments(6, 15m), AccuracyOf(4, 20m), Operation(70, 15m), ThreePublic("“三”公" + ThreePublicFormula, 70, 15m, FundsShortage)],
                69m, "一般"),
            Operating("51041121Y000000068017", "基本公用经费支出总额（事业）", "保障单位日常运转，因财政资金紧张，执行情况较差。",
                (5.40m, 5.40m, 0.96m, 17.71m), 3m,
                [Adjustments(6, 15m), AccuracyOf(3, 15m), Operation(100, 15m), ThreePublic("“三公”" + ThreePublicFormula, 80, 15m, FundsShortage)],
                63m, "较差"),
            Operating("51041121Y000000068024", "离退休公用经费（行政）", "保障单位离退休公用经 费，因财政资金紧张，执行预算较差。",
                (0.33m, 0.33m, 0.09m, 27.27m), 3m,
                [Adjustments(8, 15m), AccuracyOf(3, 15m), ThreePublic("“三公”" + ThreePublicFormula, 100, 15m), Operation(80, 15m, FundsShortage)],
                63m, "较差"),
            Operating("51041121Y000000106551", "党建经费（行政）", "保障党建经费，因财政资金紧张，活动开展不够，党建经费未执行完预算数。",
                (0.24m, 0.24m, 0.05m, 20.83m), 2m,
                [Adjustments(8, 15m), AccuracyOf(3, 10m), Operation(90, 15m), ThreePublic("“三公”" + ThreePublicFormula, 85, 15m, FundsShortage)],
                57m, "较差"),
            Operating("51041121Y000000106552", "党建经费（事业）", "保障党建经费，因财政资金紧张，活动开展不够，党建经费未执行完预算数。",
                (0.32m, 0.32m, 0.17m, 53.06m), 5m,
                [Adjustments(6, 15m), AccuracyOf(3, 15m), ThreePublic("“三公”经费”" + ThreePublicFormula[2..], 100, 15m), Operation(80, 15m, FundsShortage)],
                65m, "一般"),
            ConflictResolution(),
            AcceptanceCentre(),
            Special("51041122T000005590331", "2021年第二批次解决特殊疑难信访问题中央补助资金",
                "完成2022年度疑难信访问题的化解工作。", NotAchieved,
                "按照要求完成2022年上级交办的疑难信访案件化解工作，保障资金按时支付，但因财政资金紧张，未全部支付到位。",
                (0m, 7.00m, 3.35m, 47.86m), 67m, [], 67m,
                "本项目2022年度预算执行情况及绩效评价一般" + ConclusionTail, FundsProblem, FundsMeasure),
            Special("51041123T000007509601", "维稳工作经费",
                "完成2022年二十大期间的信访稳控工作。", MostlyAchieved,
                "已按要求完成2022年二十大期间的信访稳控工作，完成资金支付工作。",
                (0m, 14.98m, 14.98m, 100m), 98m, [], 98m,
                "本项目2022年度绩效评价优，已按要求完成资金支付金额", "无", "无"),
        ],
        Department = new DepartmentEvaluation
        {
            Title = "2022年区信访局部门整体绩效评价报告",
            EnteredScore = 92.1m,
            Sections = Renhe2022PerformanceTexts.DepartmentReport,
            Classes =
            [
                new(ProjectType.Personnel, 218.63m, 14.69m, 233.32m, 100m),
                new(ProjectType.Operating, 18.11m, null, 8.79m, 48.54m),
                new(ProjectType.SpecificPurpose, null, null, 67.22m, null),
            ],
            TotalInitialBudget = 336.49m,
            TotalExecuted = 309.33m,
        },
        ProjectReports =
        [
            new(ConflictResolutionCode, "2022年区级专项资金预算项目绩效自评报告（仁和区矛盾纠纷排查化解、维稳、信访事项专项经费）",
                Renhe2022PerformanceTexts.ConflictResolutionReport),
            new(AcceptanceCentreCode, "2022年政府性基金预算项目支出绩效自评报告（仁和区群众意见受理中心项目经费）",
                Renhe2022PerformanceTexts.AcceptanceCentreReport),
        ],
    };

    private static ProjectEvaluation ConflictResolution() => Special(ConflictResolutionCode, "仁和区矛盾纠纷排查化解、维稳、信访事项专项经费",
        "完成省、市、区确定的2022年度地方必须开展的仁和区矛盾纠纷排查化解、维稳、信访、驻京驻蓉轮流值班、法律顾问及视频接访、四川省信访系统网络使用等工作。",
        NotAchieved,
        "完成省、市、区确定的2022年度地方必须开展的仁和区矛盾纠纷排查化解、维稳、信访、驻京驻蓉轮流值班、法律顾问及视频接访、四川省信访系统网络使用等工作，因财政资金紧张，一些案件化解等费用不能按时支付，未执行完预算数。",
        (35.00m, 35.00m, 18.52m, 52.92m), 8m,
        [
            I("产出指标", "数量指标", "指标1：办公室地点发生办公、水电、邮电、保洁、视频接访及四川省信访信息系统网格使用等。指标2：进京、赴蓉劝访、接访信访人员工作经费及人员差旅费。指标3：排查、化解信访矛盾纠纷及聘请法律顾问工作经费。指标3：排查、化解信访矛盾纠纷及聘请法律顾问工作经费。",
                "＝", "13", "人", "13", 15m, 15m),
            I("产出指标", "质量指标", "圆满完成2022年的信访稳定排查、化解工作。", "定性", "好坏", null, "一般", 15m, 10m),
            I("产出指标", "时效指标", "完成2022年全年仁和区矛盾纠纷排查化解、维稳、信访等工作", "＜", "2022", "年", "完成", 10m, 10m, FundsShortage),
            I("产出指标", "成本指标", "指标1：信访事项排查化解及重点时段信访稳定工作。指标2：2022年全年驻京驻蓉轮流值班工作。指标3：2022年律师顾问和公共区域卫生保洁工作、各项网络使用。",
                "＝", "350000", "元", "185200", 15m, 10m),
            I("效益指标", "社会效益指标", "成本指标", "≥", "10", "套", null, 10m, 8m),
            I("效益指标", "社会效益指标", "及时落实处置各项信访案件，提高群众生活满意度", "定性", "好坏", null, "一般", 10m, 8m),
            I("满意度指标", "服务对象满意度指标", "群众来访、按规定热情接待，及时化解群众诉求，群众满意度提升。", "≥", "95", "%", "80", 15m, 10m, FundsShortage),
        ],
        79m, "本项目2022年度预算执行情况及绩效评价一般" + ConclusionTail, FundsProblem, FundsMeasure);

    private static ProjectEvaluation AcceptanceCentre()
    {
        const string goal = "1.完成96097热线系统建设开发，软硬件采购、线路租用等。2.保障项目基础投施，软硬件正常运转，为业务开展提供保障；3.提高工作效率，提高社会影响力、认知度。";
        return Special(AcceptanceCentreCode, "仁和区群众意见受理中心项目经费", goal, MostlyAchieved, goal,
            (54.75m, 27.37m, 27.37m, 100m), 10m,
            [
                I("产出指标", "数量指标", "指标1：外包服务费。指标2:网络租赁费用。指标3：办公费用。", "＝", "5", "人", "5", 15m, 15m),
                I("产出指标", "质量指标", "完成群众来电、来信及网信办理工作。", "定性", "好坏", null, "好", 15m, 15m),
                I("产出指标", "时效指标", "2022年1—12月。", "≤", "2022", "年", "完成", 15m, 15m),
                I("产出指标", "成本指标", "指标1：外包服务费。指标2:中继线租用费用及96097短号资源占用费。指标3：群众意见受理中心水电费、办公用品所需经费。",
                    "＝", "547500", "元", "273700", 15m, 12.5m),
                I("效益指标", "经济效益指标", "为群众解决实际问题，维护仁和区的社会稳定，确保一方平安，促进地方经济发展。", "定性", "高中低", null, "中", 10m, 10m),
                I("效益指标", "社会效益指标", "成本指标", "≥", "10", "套", null, 10m, 8m),
                I("满意度指标", "服务对象满意度指标", SatisfactionIndicator, "≥", "95", "%", null, 10m, 8m),
            ],
            93.5m, "本项目2022年度预算执行情况及绩效评价良好" + ConclusionTail, "无", "无");
    }

    /// <summary>The satisfaction indicator of the 群众意见受理中心 project (its completion value is blank as printed).</summary>
    public const string SatisfactionIndicator = "群众满意度";

    private static PerformanceIndicator Adjustments(int actual, decimal score) =>
        I("产出指标", "数量指标", "科目调整次数", "≤", "10", "次", actual.ToString(System.Globalization.CultureInfo.InvariantCulture), 22.5m, score);

    private static PerformanceIndicator AccuracyOf(int actual, decimal score) =>
        I("产出指标", "质量指标", Accuracy, "≤", "5", "%", actual.ToString(System.Globalization.CultureInfo.InvariantCulture), 22.5m, score);

    private static PerformanceIndicator Operation(int actual, decimal score, string? reason = null) =>
        I("效益指标", "经济效益指标", "运转保障率", "＝", "100", "%", actual.ToString(System.Globalization.CultureInfo.InvariantCulture), 22.5m, score, reason);

    private static PerformanceIndicator ThreePublic(string name, int actual, decimal score, string? reason = null) =>
        I("效益指标", "经济效益指标", name, "≤", "100", "%", actual.ToString(System.Globalization.CultureInfo.InvariantCulture), 22.5m, score, reason);

    private static PerformanceIndicator I(string level1, string level2, string name, string nature, string target, string? unit, string? completion,
        decimal weight, decimal score, string? reason = null) => new()
        {
            Level1 = level1, Level2 = level2, Name = name, Nature = nature, Target = target, Unit = unit, Completion = completion,
            Weight = weight, EnteredScore = score, ShortfallReason = reason,
        };

    private static ProjectEvaluation Operating(string code, string name, string summary, (decimal, decimal, decimal, decimal) budget, decimal budgetScore,
        IReadOnlyList<PerformanceIndicator> indicators, decimal total, string verdict) => Project(code, name, ProjectType.Operating,
        OperatingGoal, NotAchieved, summary, budget, budgetScore, indicators, total,
        $"本项目2022年度预算执行情况及绩效评价{verdict}{ConclusionTail}", FundsProblem, FundsMeasure);

    private static ProjectEvaluation Special(string code, string name, string goal, string outcome, string summary, (decimal, decimal, decimal, decimal) budget,
        decimal budgetScore, IReadOnlyList<PerformanceIndicator> indicators, decimal total, string conclusion, string problems, string measures) =>
        Project(code, name, ProjectType.SpecificPurpose, goal, outcome, summary, budget, budgetScore, indicators, total, conclusion, problems, measures);

    private static ProjectEvaluation Project(string code, string name, ProjectType type, string goal, string outcome, string summary,
        (decimal Initial, decimal Adjusted, decimal Executed, decimal Rate) b, decimal budgetScore, IReadOnlyList<PerformanceIndicator> indicators,
        decimal total, string conclusion, string problems, string measures) => new()
        {
            Code = code,
            Name = name,
            Type = type,
            CompetentDepartment = "攀枝花市仁和区信访局部门",
            ImplementingUnit = Department,
            YearGoal = goal,
            GoalOutcome = outcome,
            ImplementationSummary = summary,
            Budget = new BudgetExecution
            {
                Total = FundRow.Of(b.Initial, b.Adjusted, b.Executed, b.Rate),
                Sources = new Dictionary<FundSource, FundRow>
                {
                    [FundSource.Fiscal] = FundRow.Of(b.Initial, b.Adjusted, b.Executed, b.Rate),
                    [FundSource.FiscalSpecialAccount] = FundRow.Of(0m, 0m, 0m, 0m),
                    [FundSource.Unit] = FundRow.Of(0m, 0m, 0m, 0m),
                    [FundSource.Other] = FundRow.Blank,
                },
                Weight = 10m,
                EnteredScore = budgetScore,
            },
            Indicators = indicators,
            PrintedWeightTotal = 100m,
            EnteredTotal = total,
            Conclusion = conclusion,
            Problems = problems,
            Measures = measures,
        };
}
