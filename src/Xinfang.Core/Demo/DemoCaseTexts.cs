namespace Xinfang.Core.Demo;

/// <summary>Realistic complaint texts per issue category, with places filled in by the generator.</summary>
internal static class DemoCaseTexts
{
    private static readonly Dictionary<string, (string Subject, string Content)[]> ByCategory = new()
    {
        ["物业管理"] = [("小区物业服务不到位", "{place}某小区物业公司长期不清运垃圾，电梯多次故障无人维修，业主多次反映未果，请求督促物业整改。"),
                    ("物业费收取不合理", "{place}小区物业公司擅自上调物业费，未经业主大会同意，请求相关部门核查。")],
        ["安置房分配"] = [("安置房迟迟未分配", "我家是{place}征地拆迁户，按协议应于去年底分配安置房，至今未分配，请求尽快落实安置。"),
                     ("安置房质量问题", "{place}安置小区房屋墙体开裂、屋顶漏水，请求开发单位维修。")],
        ["违章搭建"] = [("邻居违章搭建影响采光", "{place}有住户在楼顶违章搭建彩钢房，影响周边住户采光和安全，请求依法拆除。")],
        ["电梯安装"] = [("老旧小区加装电梯", "{place}老旧小区居民申请加装电梯，低层住户有异议，请求协调推进。")],
        ["欠薪"] = [("工程款及农民工工资被拖欠", "我们{count}人在{place}某建筑工地务工，被拖欠工资共计{amount}万元已{months}个月，多次讨要未果，请求帮助追讨。"),
                  ("企业拖欠工资", "{place}某企业拖欠职工{months}个月工资，请求劳动监察部门依法处理。")],
        ["征地拆迁补偿"] = [("征地补偿款未足额发放", "{place}征地项目补偿款至今未足额发放，差额约{amount}万元，请求核实并兑现。"),
                       ("拆迁补偿标准有异议", "对{place}房屋拆迁补偿标准有异议，认为评估价格偏低，请求重新评估。")],
        ["集体林地纠纷"] = [("集体林地权属纠纷", "{place}两个村民小组之间因集体林地边界发生纠纷，多次调解未果，请求依法确权。")],
        ["重点项目建设"] = [("重点项目施工扰民", "{place}重点项目夜间施工噪声大、扬尘严重，影响周边居民休息，请求规范施工。")],
        ["生态环境/环保督察"] = [("企业排污污染环境", "{place}附近企业夜间偷排废水，河水发黑发臭，请求环保部门查处。")],
        ["噪声扰民"] = [("商铺噪声扰民", "{place}沿街商铺音响声音过大，晚上十一点后仍不停止，请求处理。")],
        ["森林防灭火"] = [("野外用火隐患", "{place}山林附近有人烧荒，存在森林火灾隐患，请求加强巡查。")],
        ["乡村振兴"] = [("产业扶持资金使用", "{place}产业扶持资金使用情况不公开，请求公示并核查。"),
                    ("农村道路硬化", "{place}通组道路至今未硬化，雨天无法通行，请求纳入乡村振兴项目。")],
        ["社会保险"] = [("养老保险关系转移", "本人在{place}参保，养老保险关系转移接续办理困难，请求协助。")],
        ["社会救助"] = [("申请低保未获批准", "本人家住{place}，因病致贫，申请最低生活保障未获批准，请求重新审核。")],
        ["医疗卫生"] = [("医院服务态度差", "在{place}卫生院就医时医生服务态度差，请求调查处理。")],
        ["教育"] = [("子女入学问题", "本人在{place}务工，子女就近入学遇到困难，请求协调学位。")],
        ["道路交通"] = [("路灯损坏", "{place}主干道路灯损坏已有{months}个月，夜间出行不安全，请求尽快维修。")],
        ["治安管理"] = [("社会治安问题", "{place}夜间有人聚众赌博，影响周边居民生活，请求公安机关查处。")],
    };

    private static readonly (string Subject, string Content)[] Generic =
        [("群众诉求", "{place}群众反映有关问题，请求相关部门核实处理并答复。")];

    public static (string Subject, string Content) For(string category, string place, Random random)
    {
        var templates = ByCategory.GetValueOrDefault(category) ?? Generic;
        var (subject, content) = templates[random.Next(templates.Length)];
        return (subject, content
            .Replace("{place}", place, StringComparison.Ordinal)
            .Replace("{count}", random.Next(3, 30).ToString(), StringComparison.Ordinal)
            .Replace("{amount}", (random.Next(5, 500) / 10m).ToString("0.0"), StringComparison.Ordinal)
            .Replace("{months}", random.Next(2, 13).ToString(), StringComparison.Ordinal));
    }

    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "罗", "高", "林", "沙", "阿", "吉"];
    public static readonly string[] GivenNames = ["建国", "秀英", "志强", "桂芳", "德华", "玉兰", "明", "丽", "伟", "芳", "国华", "海燕", "文军", "小红", "春梅", "永福", "金花", "有才", "子涵", "宇航"];

    /// <summary>Which district department usually handles a category (by unit code of the demo data).</summary>
    public static readonly Dictionary<string, string> DepartmentFor = new()
    {
        ["物业管理"] = "D19", ["安置房分配"] = "D45", ["违章搭建"] = "D33", ["电梯安装"] = "D19", ["住房保障"] = "D45",
        ["市政设施"] = "D50", ["房地产开发"] = "D19", ["欠薪"] = "D16", ["社会保险"] = "D48", ["劳动关系"] = "D16",
        ["就业创业"] = "D16", ["征地拆迁补偿"] = "D17", ["集体林地纠纷"] = "D32", ["土地权属"] = "D17", ["不动产登记"] = "D46",
        ["乡村振兴"] = "D34", ["农村基础设施"] = "D21", ["惠农补贴"] = "D21", ["农村集体经济"] = "D21",
        ["生态环境/环保督察"] = "D18", ["噪声扰民"] = "D18", ["水污染"] = "D18", ["大气污染"] = "D18",
        ["森林防灭火"] = "D32", ["安全生产"] = "D27", ["重点项目建设"] = "D09", ["营商环境"] = "D35", ["企业改制"] = "D52",
        ["治安管理"] = "D12", ["涉法涉诉"] = "D07", ["纪检监察"] = "D03", ["教育"] = "D10", ["医疗卫生"] = "D25",
        ["疫情防控"] = "D25", ["道路交通"] = "D20", ["公共交通"] = "D20", ["社会救助"] = "D13", ["养老服务"] = "D13",
        ["退役军人"] = "D26",
    };
}
