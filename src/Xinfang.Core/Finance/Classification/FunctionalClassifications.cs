namespace Xinfang.Core.Finance.Classification;

/// <summary>The functional classifications known to the application, by fiscal year.
/// Only the 类 (all of them) and the 款/项 that departments of this kind use are listed;
/// names follow the 《{year}年政府收支分类科目》 published by the Ministry of Finance.</summary>
public static class FunctionalClassifications
{
    private static readonly Lazy<FunctionalClassification> Year2022 = new(Build2022);

    public static FunctionalClassification For(int year) => year switch
    {
        // The 类 names and the items used here did not change between 2021 and 2024.
        >= 2021 and <= 2024 => Year2022.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(year), year, $"尚未录入{year}年政府收支分类科目。"),
    };

    public static bool Supports(int year) => year is >= 2021 and <= 2024;

    private static FunctionalClassification Build2022()
    {
        ClassificationEntry C(string code, string name) => new(code, name, null);
        ClassificationEntry K(string code, string name) => new(code, name, code[..3]);
        ClassificationEntry X(string code, string name) => new(code, name, code[..5]);
        ClassificationEntry[] entries =
        [
            C("201", "一般公共服务支出"),
            K("20101", "人大事务"),
            K("20103", "政府办公厅（室）及相关机构事务"),
            X("2010301", "行政运行"), X("2010302", "一般行政管理事务"), X("2010303", "机关服务"),
            X("2010308", "信访事务"), X("2010350", "事业运行"), X("2010399", "其他政府办公厅（室）及相关机构事务支出"),
            K("20106", "财政事务"),
            X("2010601", "行政运行"), X("2010607", "信息化建设"), X("2010608", "财政委托业务支出"),
            K("20131", "党委办公厅（室）及相关机构事务"),
            X("2013101", "行政运行"), X("2013102", "一般行政管理事务"), X("2013103", "机关服务"),
            X("2013105", "专项业务"), X("2013150", "事业运行"), X("2013199", "其他党委办公厅（室）及相关机构事务支出"),
            K("20199", "其他一般公共服务支出"),
            X("2019999", "其他一般公共服务支出"),
            C("202", "外交支出"),
            C("203", "国防支出"),
            C("204", "公共安全支出"),
            C("205", "教育支出"),
            C("206", "科学技术支出"),
            C("207", "文化旅游体育与传媒支出"),
            C("208", "社会保障和就业支出"),
            K("20805", "行政事业单位养老支出"),
            X("2080501", "行政单位离退休"), X("2080502", "事业单位离退休"),
            X("2080505", "机关事业单位基本养老保险缴费支出"), X("2080506", "机关事业单位职业年金缴费支出"),
            X("2080599", "其他行政事业单位养老支出"),
            K("20808", "抚恤"),
            X("2080801", "死亡抚恤"),
            C("210", "卫生健康支出"),
            K("21011", "行政事业单位医疗"),
            X("2101101", "行政单位医疗"), X("2101102", "事业单位医疗"), X("2101103", "公务员医疗补助"),
            X("2101199", "其他行政事业单位医疗支出"),
            C("211", "节能环保支出"),
            C("212", "城乡社区支出"),
            K("21208", "国有土地使用权出让收入安排的支出"),
            X("2120899", "其他国有土地使用权出让收入安排的支出"),
            C("213", "农林水支出"),
            C("214", "交通运输支出"),
            C("215", "资源勘探工业信息等支出"),
            C("216", "商业服务业等支出"),
            C("217", "金融支出"),
            C("219", "援助其他地区支出"),
            C("220", "自然资源海洋气象等支出"),
            C("221", "住房保障支出"),
            K("22102", "住房改革支出"),
            X("2210201", "住房公积金"), X("2210202", "提租补贴"), X("2210203", "购房补贴"),
            C("222", "粮油物资储备支出"),
            C("223", "国有资本经营预算支出"),
            C("224", "灾害防治及应急管理支出"),
            C("229", "其他支出"),
            K("22960", "彩票公益金安排的支出"),
            X("2296002", "用于社会福利的彩票公益金支出"), X("2296099", "用于其他社会公益事业的彩票公益金支出"),
            C("230", "转移性支出"),
            C("231", "债务还本支出"),
            C("232", "债务付息支出"),
            C("233", "债务发行费用支出"),
            C("234", "抗疫特别国债安排的支出"),
        ];
        // The structure sentence of the standard disclosure lists the expenditure 类 except transfers and
        // debt-issue costs, in code order.
        var structure = entries.Where(e => e.ParentCode is null && e.Code is not ("230" or "233")).Select(e => e.Code);
        return new FunctionalClassification(2022, entries, structure);
    }
}
