using Xinfang.Core.Finance.Classification;
using static Xinfang.Core.Finance.Report.Sections.TotalsSections;

namespace Xinfang.Core.Finance.Report.Sections;

/// <summary>Section 六: 一般公共预算财政拨款基本支出 = 人员经费 + 公用经费, with what each mainly consists of.</summary>
internal static class BasicExpenditureSection
{
    public static void Write(ReportWriter w, ReportContext c)
    {
        var basic = c.Accounts.Fiscal.GeneralBudgetBasic;
        w.Heading(2, "六、一般公共预算财政拨款基本支出决算情况说明");
        w.Quote("gpb.basic", "一般公共预算财政拨款基本支出", basic.Total.Actual);
        w.Quote("gpb.basic.personnel", "人员经费", basic.Personnel.Actual);
        w.Quote("gpb.basic.public", "公用经费", basic.Public.Actual);
        w.Paragraph($"{c.Year}年一般公共预算财政拨款基本支出{Wan(basic.Total.Actual)}万元，其中：");
        w.Paragraph($"人员经费{Wan(basic.Personnel.Actual)}万元，主要包括：{Composition(c, BasicCostKind.Personnel)}等。");
        w.Paragraph($"公用经费{Wan(basic.Public.Actual)}万元，主要包括：{Composition(c, BasicCostKind.Public)}等。");
    }

    /// <summary>The economic items reported with an amount, or the standard items of that kind when none are.</summary>
    private static string Composition(ReportContext c, BasicCostKind kind)
    {
        var reported = c.Accounts.EconomicLines.Where(l => l.Amount != 0m && EconomicClassification.Contains(l.Code))
            .Select(l => EconomicClassification.Get(l.Code)).Where(e => e.Kind == kind).OrderBy(e => e.Code, StringComparer.Ordinal).ToList();
        var items = reported.Count > 0 ? reported : [.. EconomicClassification.Items.Where(e => e.Kind == kind)];
        return string.Join("、", items.Select(e => e.Name));
    }
}
