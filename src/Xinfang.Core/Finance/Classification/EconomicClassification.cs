namespace Xinfang.Core.Finance.Classification;

/// <summary>Whether an economic-classification item counts as 人员经费 or 公用经费 in 基本支出.</summary>
public enum BasicCostKind
{
    Personnel,
    Public,
}

/// <summary>One 款 of the 部门预算支出经济分类科目 used for basic expenditure.</summary>
public sealed record EconomicEntry(string Code, string Name, BasicCostKind Kind)
{
    public string ClassCode => Code[..3];
}

/// <summary>The economic classification of basic expenditure (301 工资福利支出, 302 商品和服务支出,
/// 303 对个人和家庭的补助, 310 资本性支出) with the 款 that departments report.</summary>
public static class EconomicClassification
{
    public static readonly IReadOnlyDictionary<string, string> Classes = new Dictionary<string, string>
    {
        ["301"] = "工资福利支出",
        ["302"] = "商品和服务支出",
        ["303"] = "对个人和家庭的补助",
        ["310"] = "资本性支出",
    };

    public static readonly IReadOnlyList<EconomicEntry> Items = Build();

    private static readonly Dictionary<string, EconomicEntry> ByCode = Items.ToDictionary(i => i.Code);

    public static bool Contains(string code) => ByCode.ContainsKey(code);

    public static EconomicEntry Get(string code) =>
        ByCode.TryGetValue(code, out var e) ? e : throw new KeyNotFoundException($"经济分类科目{code}不存在。");

    private static EconomicEntry[] Build()
    {
        EconomicEntry P(string code, string name) => new(code, name, BasicCostKind.Personnel);
        EconomicEntry U(string code, string name) => new(code, name, BasicCostKind.Public);
        return
        [
            P("30101", "基本工资"), P("30102", "津贴补贴"), P("30103", "奖金"), P("30106", "伙食补助费"),
            P("30107", "绩效工资"), P("30108", "机关事业单位基本养老保险缴费"), P("30109", "职业年金缴费"),
            P("30110", "职工基本医疗保险缴费"), P("30111", "公务员医疗补助缴费"), P("30112", "其他社会保障缴费"),
            P("30113", "住房公积金"), P("30114", "医疗费"), P("30199", "其他工资福利支出"),
            U("30201", "办公费"), U("30202", "印刷费"), U("30203", "咨询费"), U("30204", "手续费"), U("30205", "水费"),
            U("30206", "电费"), U("30207", "邮电费"), U("30208", "取暖费"), U("30209", "物业管理费"), U("30211", "差旅费"),
            U("30212", "因公出国（境）费用"), U("30213", "维修（护）费"), U("30214", "租赁费"), U("30215", "会议费"),
            U("30216", "培训费"), U("30217", "公务接待费"), U("30226", "劳务费"), U("30227", "委托业务费"),
            U("30228", "工会经费"), U("30229", "福利费"), U("30231", "公务用车运行维护费"), U("30239", "其他交通费用"),
            U("30240", "税金及附加费用"), U("30299", "其他商品和服务支出"),
            P("30301", "离休费"), P("30302", "退休费"), P("30304", "抚恤金"), P("30305", "生活补助"),
            P("30307", "医疗费补助"), P("30309", "奖励金"), P("30399", "其他对个人和家庭的补助支出"),
            U("31002", "办公设备购置"), U("31003", "专用设备购置"), U("31007", "信息网络及软件购置更新"),
            U("31099", "其他资本性支出"),
        ];
    }
}
