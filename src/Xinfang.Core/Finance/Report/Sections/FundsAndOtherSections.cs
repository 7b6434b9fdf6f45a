using Xinfang.Core.Finance.Model;
using static Xinfang.Core.Finance.Report.Sections.TotalsSections;

namespace Xinfang.Core.Finance.Report.Sections;

/// <summary>Sections 八 (政府性基金), 九 (国有资本经营) and 十 (其他重要事项).</summary>
internal static class FundsAndOtherSections
{
    public static void WriteFunds(ReportWriter w, ReportContext c)
    {
        w.Heading(2, "八、政府性基金预算支出决算情况说明");
        w.Quote("fund.expenditure", "政府性基金预算财政拨款支出", c.TotalOf(FundKind.GovernmentFund));
        w.Paragraph($"{c.Year}年政府性基金预算财政拨款支出{Wan(c.TotalOf(FundKind.GovernmentFund))}万元。");
        w.Heading(2, "九、国有资本经营预算支出决算情况说明");
        w.Quote("capital.expenditure", "国有资本经营预算财政拨款支出", c.TotalOf(FundKind.StateCapital));
        w.Paragraph($"{c.Year}年国有资本经营预算财政拨款支出{Wan(c.TotalOf(FundKind.StateCapital))}万元。");
    }

    public static void WriteOther(ReportWriter w, ReportContext c)
    {
        var a = c.Accounts;
        w.Heading(2, "十、其他重要事项的情况说明");

        w.Heading(3, "（一）机关运行经费支出情况");
        w.Quote("operating.costs", "机关运行经费", a.OperatingCosts.Actual);
        var text = $"{c.Year}年，{c.Name}机关运行经费支出{Wan(a.OperatingCosts.Actual)}万元";
        if (a.OperatingCosts.PreviousYear is { } previous)
        {
            var change = w.Change("机关运行经费", a.OperatingCosts.Actual, previous);
            text += change.Direction == Narrative.ChangeDirection.Unchanged ? $"，与{c.LastYear}年持平。" : $"，比{c.LastYear}年{change.Phrase}。";
            text += Reason("主要原因是", a.Reasons.OperatingCosts);
        }
        else
        {
            text += "。";
        }
        w.Paragraph(text);

        w.Heading(3, "（二）政府采购支出情况");
        var p = a.Procurement;
        var sme = p.AwardedToSmallEnterprises is { } s ? $"授予中小企业合同金额{Wan(s)}万元。" : "";
        w.Paragraph($"{c.Year}年，{c.Name}政府采购支出总额{Wan(p.Total)}万元，其中：政府采购货物支出{Wan(p.Goods)}万元、政府采购工程支出{Wan(p.Works)}万元、政府采购服务支出{Wan(p.Services)}万元。{sme}");

        w.Heading(3, "（三）国有资产占有使用情况");
        var counts = AssetVehicleUseNames.All.Select(u => (u, a.Assets.Vehicles.FirstOrDefault(v => v.Use == u)?.Count ?? 0));
        var equipment = a.Assets.LargeEquipment > 0 ? $"单价100万元（含）以上设备{a.Assets.LargeEquipment}台（套）。" : "";
        w.Paragraph($"截至{c.Year}年12月31日，{c.Name}共有车辆{a.Assets.VehiclesTotal}辆，其中："
            + string.Join("、", counts.Select(x => $"{AssetVehicleUseNames.Chinese(x.u)}{x.Item2}辆")) + "。" + equipment);

        if (a.PerformanceManagement.Count > 0)
        {
            w.Heading(3, "（四）预算绩效管理情况");
            foreach (var paragraph in a.PerformanceManagement)
            {
                w.Paragraph(paragraph);
            }
        }
    }

    public static void WriteGlossary(ReportWriter w, ReportContext c)
    {
        w.Heading(1, "第三部分 名词解释");
        var n = 0;
        foreach (var entry in c.Accounts.Glossary)
        {
            w.Paragraph($"{++n}.{entry.Term}：{entry.Definition}");
        }
    }
}
