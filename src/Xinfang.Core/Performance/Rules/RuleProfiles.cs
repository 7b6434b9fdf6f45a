namespace Xinfang.Core.Performance.Rules;

/// <summary>The built-in rule profiles. Further profiles are JSON files (see <see cref="RuleProfileJson"/>).</summary>
public static class RuleProfiles
{
    public const string DefaultName = "caiyu-2020-10";

    private static readonly IReadOnlyList<QualitativeBand> StandardBands =
    [
        new("达成", 0.8m, 1m, ["好", "优", "优秀", "高", "达成", "达到", "完成", "已完成", "是", "满意"]),
        new("部分达成", 0.6m, 0.8m, ["一般", "中", "较好", "良", "良好", "基本达成", "部分达成", "基本完成", "基本满意"]),
        new("未达成", 0m, 0.6m, ["差", "较差", "低", "未达成", "未达到", "未完成", "否", "不满意"]),
    ];

    /// <summary>The national default: 财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）and its self-evaluation
    /// table — budget execution 10 points, indicators 90; 优 ≥ 90, 良 80–90, 中 60–80, 差 &lt; 60.</summary>
    public static readonly RuleProfile Default = new()
    {
        Name = DefaultName,
        Title = "全国通用（财预〔2020〕10号）",
        Basis = "财政部关于印发《项目支出绩效评价管理办法》的通知（财预〔2020〕10号）附件：项目支出绩效自评表",
        BudgetWeight = 10m,
        IndicatorWeight = 90m,
        QualitativeBands = StandardBands,
        Grades = [new("优", 90m), new("良", 80m), new("中", 60m), new("差", 0m)],
        MetWords = ["完成", "已完成", "按时完成", "按期完成", "全部完成"],
    };

    /// <summary>The same scoring with the grade names used in Shanghai (优/良/合格/不合格).</summary>
    public static readonly RuleProfile Shanghai = Default with
    {
        Name = "shanghai",
        Title = "上海（优/良/合格/不合格）",
        Basis = "评分规则同财预〔2020〕10号，等级称谓为优、良、合格、不合格",
        Grades = [new("优", 90m), new("良", 80m), new("合格", 60m), new("不合格", 0m)],
    };

    public static readonly IReadOnlyDictionary<string, RuleProfile> All = new Dictionary<string, RuleProfile>
    {
        [Default.Name] = Default,
        [Shanghai.Name] = Shanghai,
    };

    public static RuleProfile? Find(string name) => All.GetValueOrDefault(name.Trim());
}
