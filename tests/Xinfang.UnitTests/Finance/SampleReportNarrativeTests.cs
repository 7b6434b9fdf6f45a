using Xinfang.Core.Common.Reporting;
using Xinfang.Core.Finance.Report;
using Xinfang.Core.Finance.Samples;
using Xunit;

namespace Xinfang.UnitTests.Finance;

/// <summary>The generated Part 2 of renhe-2022 against the figures printed in the seed disclosure, section by section.
/// Where the seed has typographical slips (“方面: ”, “决算等于调整预算数”, half-width commas) the generator writes the
/// regular form; every figure is the seed's.</summary>
public class SampleReportNarrativeTests
{
    private static readonly FinalAccountsReport Report = ReportGenerator.Generate(Renhe2022Sample.Create());

    [Fact]
    public void Section1_Totals_MatchSeed() => Assert.Equal(
        "2022年度收、支总计309.33万元。与2021年相比，收、支总计各减少49.46万元，下降13.8%。主要变动原因是2022年财政资金紧张，无法按时完成预算收支。",
        Report.Paragraph("2022年度收、支总计"));

    [Fact]
    public void Section2_IncomeSharesOfEverySource_MatchSeed() => Assert.Equal(
        "2022年本年收入合计309.33万元，其中：一般公共预算财政拨款收入281.96万元，占91.2%；政府性基金预算财政拨款收入27.37万元，占8.8%；国有资本经营预算财政拨款收入0万元，占0%；上级补助收入0万元，占0%；事业收入0万元，占0%；经营收入0万元，占0%；附属单位上缴收入0万元，占0%；其他收入0万元，占0%。",
        Report.Paragraph("2022年本年收入合计"));

    [Fact]
    public void Section3_ExpenditureShares_MatchSeed() => Assert.Equal(
        "2022年本年支出合计309.33万元，其中：基本支出242.11万元，占78.3%；项目支出67.22万元，占21.7%；上缴上级支出0万元，占0%；经营支出0万元，占0%；对附属单位补助支出0万元，占0%。",
        Report.Paragraph("2022年本年支出合计"));

    [Fact]
    public void Section4_FiscalTotals_MatchSeed() => Assert.Equal(
        "2022年财政拨款收、支总计309.33万元。与2021年相比，财政拨款收、支总计各减少46.63万元，下降13.1%。主要变动原因是2022年财政资金紧张，无法按时完成预算收支。",
        Report.Paragraph("2022年财政拨款收、支总计"));

    [Fact]
    public void Section5Overall_GeneralBudgetChange_MatchesSeed() => Assert.Equal(
        "2022年一般公共预算财政拨款支出281.96万元，占本年支出合计的91.2%。与2021年相比，一般公共预算财政拨款支出减少74万元，下降20.8%。主要变动原因是2022年财政资金紧张，无法按时完成预算收入。",
        Report.Paragraph("2022年一般公共预算财政拨款支出281.96万元，占"));

    [Fact]
    public void Section5Structure_EveryClassWithShares_MatchesSeed()
    {
        // The seed prints the pre-2019 name 文化体育与传媒支出; 2022's classification names the class 文化旅游体育与传媒支出.
        const string seed = "2022年一般公共预算财政拨款支出281.96万元，主要用于以下方面: 一般公共服务支出232.43万元，占82.4%；外交支出0万元，占0%；国防支出0万元，占0%；公共安全支出0万元，占0%；教育支出0万元，占0%；科学技术支出0万元，占0%；文化体育与传媒支出0万元，占0%；社会保障和就业支出17.51万元，占6.2%；卫生健康支出12.99万元，占4.6%；节能环保支出0万元，占0%；城乡社区支出0万元，占0%；农林水支出0万元，占0%；交通运输支出0万元，占0%；资源勘探工业信息等支出0万元，占0%；商业服务业等支出0万元，占0%；金融支出0万元，占0%；援助其他地区支出0万元，占0%；自然资源海洋气象等支出0万元，占0%；住房保障支出19.03万元，占6.8%；粮油物资储备支出0万元，占0%；国有资本经营预算支出0万元，占0%；灾害防治及应急管理支出0万元，占0%；其他支出0万元，占0%；债务还本支出0万元，占0%；债务付息支出0万元，占0%；抗疫特别国债安排的支出0万元，占0%。";
        var expected = seed.Replace("方面: ", "方面：", StringComparison.Ordinal).Replace("文化体育与传媒支出", "文化旅游体育与传媒支出", StringComparison.Ordinal);
        Assert.Equal(expected, Report.Paragraph("2022年一般公共预算财政拨款支出281.96万元，主要用于"));
    }

    [Fact]
    public void Section5Details_Total_CompletesBudget() =>
        Assert.Equal("2022年一般公共预算支出决算数为281.96万元，完成预算100%。其中：", Report.Paragraph("2022年一般公共预算支出决算数"));

    [Theory]
    [InlineData("政府办公厅（室）及相关机构事务（款）信访事务（项）", "24.87")]
    [InlineData("其他一般公共服务支出（款）其他一般公共服务支出（项）", "14.98")]
    [InlineData("党委办公厅（室）及相关机构事务（款）行政运行（项）", "67.23")]
    [InlineData("党委办公厅（室）及相关机构事务（款）事业运行（项）", "125.35")]
    [InlineData("行政事业单位养老支出（款）行政单位离退休（项）", "2.65")]
    [InlineData("行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）", "14.86")]
    [InlineData("行政事业单位医疗（款）行政单位医疗（项）", "4.14")]
    [InlineData("行政事业单位医疗（款）事业单位医疗（项）", "7.57")]
    [InlineData("行政事业单位医疗（款）公务员医疗补助（项）", "1.28")]
    [InlineData("住房改革支出（款）住房公积金（项）", "19.03")]
    public void Section5Details_EachItem_MatchesSeed(string item, string amount)
    {
        var line = Assert.Single(Report.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains(item + "：支出决算为", StringComparison.Ordinal)).Text;
        Assert.EndsWith($"{item}：支出决算为{amount}万元，完成调整预算100%，决算数等于调整预算数。", line);
    }

    [Fact]
    public void Section6_BasicPersonnelPublic_MatchSeed()
    {
        Assert.Equal("2022年一般公共预算财政拨款基本支出242.11万元，其中：", Report.Paragraph("2022年一般公共预算财政拨款基本支出"));
        Assert.StartsWith("人员经费233.32万元，主要包括：基本工资、津贴补贴", Report.Paragraph("人员经费"));
        Assert.StartsWith("公用经费7.89万元，主要包括：办公费、印刷费", Report.Paragraph("公用经费"));
    }

    [Fact]
    public void Section7Overall_ThreePublicTotals_MatchSeed() => Assert.StartsWith(
        "2022年“三公”经费财政拨款支出决算为0.75万元，完成预算100%；较上年减少0.43万元，下降36.4%。",
        Report.Paragraph("2022年“三公”经费财政拨款支出决算为"));

    [Fact]
    public void Section7Structure_Shares_MatchSeed() => Assert.Equal(
        "2022年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算0万元，占0%；公务接待费支出决算0.75万元，占100%。具体情况如下：",
        Report.Paragraph("2022年“三公”经费财政拨款支出决算中"));

    [Fact]
    public void Section7Parts_OverseasVehiclesReception_MatchSeed()
    {
        Assert.Equal("1.因公出国（境）经费支出0万元，完成预算100%。全年安排因公出国（境）团组0次，出国（境）0人。因公出国（境）支出决算与2021年相等。", Report.Paragraph("1.因公出国"));
        Assert.Equal("2.公务用车购置及运行维护费支出0万元，完成预算100%。公务用车购置及运行维护费支出决算与2021年相等。", Report.Paragraph("2.公务用车"));
        Assert.Equal("其中：公务用车购置支出0万元。全年按规定更新购置公务用车0辆，其中：轿车0辆、金额0万元，越野车0辆、金额0万元，小型载客汽车0辆、金额0万元，大中型载客汽车0辆、金额0万元，其他车型0辆、金额0万元。截至2022年12月底，单位共有公务用车0辆，其中：轿车0辆、越野车0辆、小型载客汽车0辆、大中型载客汽车0辆、其他车型0辆。", Report.Paragraph("其中：公务用车购置支出"));
        Assert.Equal("公务用车运行维护费支出0万元。", Report.Paragraph("公务用车运行维护费支出"));
        Assert.Equal("3.公务接待费支出0.75万元，完成预算63.01%。公务接待费支出决算比2021年减少0.43万元，下降36.4%。主要原因是公务接待减少。其中：", Report.Paragraph("3.公务接待费"));
        Assert.Equal("国内公务接待支出0.75万元，主要用于执行公务用餐费用。国内公务接待11批次，91人次，共计支出0.75万元，具体内容包括：支付接待盐边县信访局到仁和区交流学习信访工作经验接待费0.06万元，支付省专项工作组实地处理信访事项接待费用0.52万元，支付省信访局到仁和区实地核查重点信访事项接待费用0.17万元。", Report.Paragraph("国内公务接待支出"));
        Assert.Equal("外事接待支出0万元，外事接待0批次，0人，共计支出0万元。", Report.Paragraph("外事接待支出"));
    }

    [Fact]
    public void Sections8And9_Funds_MatchSeed()
    {
        Assert.Equal("2022年政府性基金预算财政拨款支出27.37万元。", Report.Paragraph("2022年政府性基金"));
        Assert.Equal("2022年国有资本经营预算财政拨款支出0万元。", Report.Paragraph("2022年国有资本经营"));
    }

    [Fact]
    public void Section10_OperatingProcurementAssets_MatchSeed()
    {
        Assert.Equal("2022年，攀枝花市仁和区信访局机关运行经费支出8.79万元，比2021年减少6.54万元，下降42.7%。主要原因是2022年财政资金困难，无法完成支付。", Report.Paragraph("2022年，攀枝花市仁和区信访局机关运行经费"));
        Assert.Equal("2022年，攀枝花市仁和区信访局政府采购支出总额0万元，其中：政府采购货物支出0万元、政府采购工程支出0万元、政府采购服务支出0万元。", Report.Paragraph("2022年，攀枝花市仁和区信访局政府采购"));
        Assert.Equal("截至2022年12月31日，攀枝花市仁和区信访局共有车辆0辆，其中：副部（省）级及以上领导用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆。", Report.Paragraph("截至2022年12月31日"));
        Assert.Contains("部门整体（含部门预算项目）绩效自评得分为92.1分", Report.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_Sample_HasSevenChartsOfTheSeedKinds()
    {
        var charts = Report.Charts.ToList();
        Assert.Equal([ChartKind.Bar, ChartKind.Pie, ChartKind.Pie, ChartKind.Bar, ChartKind.Bar, ChartKind.Pie, ChartKind.Pie], charts.Select(c => c.Kind));
        Assert.Equal([358.79m, 309.33m], charts[0].Values);
        Assert.Equal(["一般公共服务支出 82.4%", "社会保障和就业支出 6.2%", "卫生健康支出 4.6%", "住房保障支出 6.8%"], charts[5].ValueLabels);
    }

    [Fact]
    public void Generate_Sample_HasNinePublicTablesWithEmptyOnesMarked()
    {
        var tables = Report.Tables.ToList();
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"公开{i:00}表"), tables.Select(t => t.Code));
        Assert.True(tables[8].IsEmpty);
        Assert.Equal("注：本表无数据。", tables[8].EmptyNote);
        Assert.Equal(["", "合计", "281.96", "242.11", "39.85"], tables[4].Rows[0]);
        Assert.False(tables[7].IsEmpty);
    }

    [Fact]
    public void Generate_Sample_KeepsPartsOneAndThree()
    {
        Assert.StartsWith("1.贯彻落实党中央关于信访工作的方针政策", Report.Paragraph("1.贯彻落实"));
        Assert.Equal(26, Report.Blocks.SkipWhile(b => b is not HeadingBlock { Text: "第三部分 名词解释" }).Skip(1).TakeWhile(b => b is ParagraphBlock).Count());
    }
}
