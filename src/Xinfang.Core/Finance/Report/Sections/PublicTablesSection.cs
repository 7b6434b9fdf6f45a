using Xinfang.Core.Common.Reporting;
using Xinfang.Core.Finance.Classification;
using Xinfang.Core.Finance.Model;

namespace Xinfang.Core.Finance.Report.Sections;

/// <summary>The standard public tables 公开01表–公开09表, built from the same data as the narrative.
/// Functional tables list each 类, 款 and 项 with their sums; tables without data keep their header and say so.</summary>
internal static class PublicTablesSection
{
    public static void Write(ReportWriter w, ReportContext c)
    {
        w.PageBreak();
        w.Heading(1, $"附件：{c.Name}{c.Year}年度部门决算公开表");
        foreach (var table in Build(c))
        {
            w.Table(table);
        }
    }

    public static IEnumerable<PublicTable> Build(ReportContext c)
    {
        yield return Summary(c);
        yield return Income(c);
        yield return Expenditure(c);
        yield return FiscalSummary(c);
        yield return Functional(c, "公开05表", "一般公共预算财政拨款支出决算表", FundKind.GeneralBudget);
        yield return BasicByEconomic(c);
        yield return ThreePublic(c);
        yield return Functional(c, "公开08表", "政府性基金预算财政拨款收入支出决算表", FundKind.GovernmentFund);
        yield return Functional(c, "公开09表", "国有资本经营预算财政拨款支出决算表", FundKind.StateCapital);
    }

    private static string P(decimal value) => Narrative.Printed.RoundAmount(value).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static PublicTable Summary(ReportContext c)
    {
        var i = c.Accounts.Income;
        var e = c.Accounts.Expenditure;
        var classes = ClassTotals(c, null).ToList();
        var left = new List<(string, string)>
        {
            ("一、一般公共预算财政拨款收入", P(i.GeneralBudget.Actual)), ("二、政府性基金预算财政拨款收入", P(i.GovernmentFund.Actual)),
            ("三、国有资本经营预算财政拨款收入", P(i.StateCapital.Actual)), ("四、上级补助收入", P(i.FromSuperior.Actual)),
            ("五、事业收入", P(i.Business.Actual)), ("六、经营收入", P(i.Operating.Actual)),
            ("七、附属单位上缴收入", P(i.FromAffiliates.Actual)), ("八、其他收入", P(i.Other.Actual)),
        };
        var right = classes.Select(x => (x.Name, P(x.Total))).ToList();
        var body = Pair(left, right);
        body.Add(["本年收入合计", P(i.Total.Actual), "本年支出合计", P(e.Total.Actual)]);
        body.Add(["使用非财政拨款结余", P(i.UseOfNonFiscalBalance.Actual), "结余分配", P(e.BalanceDistribution.Actual)]);
        body.Add(["年初结转和结余", P(i.OpeningCarryOver.Actual), "年末结转和结余", P(e.ClosingCarryOver.Actual)]);
        body.Add(["总计", P(i.GrandTotal.Actual), "总计", P(e.GrandTotal.Actual)]);
        return new PublicTable("公开01表", "收入支出决算总表", ["收入项目", "决算数", "支出项目", "决算数"], body);
    }

    private static PublicTable Income(ReportContext c)
    {
        var i = c.Accounts.Income;
        var rows = Hierarchy(c, null, l => [P(l.Total), FundKindNames.IsFiscal(l.Fund) ? P(l.Total) : P(0m), P(0m)]);
        rows.Insert(0, ["", "合计", P(i.Total.Actual), P(i.GeneralBudget.Actual + i.GovernmentFund.Actual + i.StateCapital.Actual),
            P(i.Total.Actual - i.GeneralBudget.Actual - i.GovernmentFund.Actual - i.StateCapital.Actual)]);
        return new PublicTable("公开02表", "收入决算表", ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他来源收入"], rows);
    }

    private static PublicTable Expenditure(ReportContext c)
    {
        var e = c.Accounts.Expenditure;
        var rows = Hierarchy(c, null, l => [P(l.Total), P(l.Basic), P(l.Project)]);
        rows.Insert(0, ["", "合计", P(e.Total.Actual), P(e.Basic.Actual), P(e.Project.Actual)]);
        return new PublicTable("公开03表", "支出决算表", ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"], rows);
    }

    private static PublicTable FiscalSummary(ReportContext c)
    {
        var i = c.Accounts.Income;
        var f = c.Accounts.Fiscal;
        var left = new List<(string, string)>
        {
            ("一、一般公共预算财政拨款", P(i.GeneralBudget.Actual)), ("二、政府性基金预算财政拨款", P(i.GovernmentFund.Actual)),
            ("三、国有资本经营预算财政拨款", P(i.StateCapital.Actual)), ("四、年初财政拨款结转和结余", P(f.OpeningCarryOver.Actual)),
        };
        var right = ClassTotals(c, l => FundKindNames.IsFiscal(l.Fund)).Select(x => (x.Name, P(x.Total))).ToList();
        right.Add(("年末财政拨款结转和结余", P(f.ClosingCarryOver.Actual)));
        var body = Pair(left, right);
        body.Add(["收入总计", P(f.GrandTotal.Actual), "支出总计", P(f.GrandTotal.Actual)]);
        return new PublicTable("公开04表", "财政拨款收入支出决算总表", ["收入项目", "决算数", "支出项目", "决算数"], body);
    }

    private static PublicTable Functional(ReportContext c, string code, string title, FundKind fund)
    {
        var rows = Hierarchy(c, fund, l => [P(l.Total), P(l.Basic), P(l.Project)]);
        var lines = c.LinesOf(fund).ToList();
        if (lines.Count > 0)
        {
            rows.Insert(0, ["", "合计", P(lines.Sum(l => l.Total)), P(lines.Sum(l => l.Basic)), P(lines.Sum(l => l.Project))]);
        }
        return new PublicTable(code, title, ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"], rows) { IsEmpty = lines.Count == 0 };
    }

    private static PublicTable BasicByEconomic(ReportContext c)
    {
        var basic = c.Accounts.Fiscal.GeneralBudgetBasic;
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "", "合计", P(basic.Total.Actual) },
            new[] { "", "人员经费", P(basic.Personnel.Actual) },
        };
        var lines = c.Accounts.EconomicLines.Where(l => EconomicClassification.Contains(l.Code)).OrderBy(l => l.Code, StringComparer.Ordinal).ToList();
        rows.AddRange(lines.Where(l => EconomicClassification.Get(l.Code).Kind == BasicCostKind.Personnel)
            .Select(l => (IReadOnlyList<string>)[l.Code, EconomicClassification.Get(l.Code).Name, P(l.Amount)]));
        rows.Add(["", "公用经费", P(basic.Public.Actual)]);
        rows.AddRange(lines.Where(l => EconomicClassification.Get(l.Code).Kind == BasicCostKind.Public)
            .Select(l => (IReadOnlyList<string>)[l.Code, EconomicClassification.Get(l.Code).Name, P(l.Amount)]));
        return new PublicTable("公开06表", "一般公共预算财政拨款基本支出决算表", ["科目编码", "科目名称", "决算数"], rows)
        {
            Note = lines.Count == 0 ? "注：本部门未提供按经济分类科目的明细，仅列人员经费、公用经费合计。" : null,
        };
    }

    private static PublicTable ThreePublic(ReportContext c)
    {
        var t = c.Accounts.ThreePublic;
        string B(Amount a) => a.Budget is { } b ? P(b) : "";
        IReadOnlyList<string> Row(string name, Amount a) => [name, B(a), P(a.Actual)];
        var rows = new List<IReadOnlyList<string>>
        {
            Row("合计", t.Total), Row("1.因公出国（境）费", t.OverseasTravel), Row("2.公务用车购置及运行维护费", t.Vehicles),
            Row("（1）公务用车购置费", t.VehiclePurchase), Row("（2）公务用车运行维护费", t.VehicleOperation), Row("3.公务接待费", t.Reception),
        };
        return new PublicTable("公开07表", "一般公共预算财政拨款“三公”经费支出决算表", ["项目", "预算数", "决算数"], rows)
        {
            IsEmpty = t.Total.Actual == 0m && (t.Total.Budget ?? 0m) == 0m,
        };
    }

    private static List<IReadOnlyList<string>> Pair(List<(string, string)> left, List<(string, string)> right)
    {
        var rows = new List<IReadOnlyList<string>>();
        for (var k = 0; k < Math.Max(left.Count, right.Count); k++)
        {
            var (ln, lv) = k < left.Count ? left[k] : ("", "");
            var (rn, rv) = k < right.Count ? right[k] : ("", "");
            rows.Add([ln, lv, rn, rv]);
        }
        return rows;
    }

    private static IEnumerable<(string Name, decimal Total)> ClassTotals(ReportContext c, Func<FunctionalLine, bool>? filter)
    {
        var lines = c.Accounts.FunctionalLines.Where(l => filter?.Invoke(l) ?? true).ToList();
        return lines.GroupBy(l => l.Code[..3]).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (c.Classification.NameOf(g.Key), g.Sum(l => l.Total)));
    }

    /// <summary>Rows for every 类, 款 and 项 with lines (of one fund, or all), each with its sums.</summary>
    private static List<IReadOnlyList<string>> Hierarchy(ReportContext c, FundKind? fund, Func<FunctionalLine, string[]> values)
    {
        var lines = c.Accounts.FunctionalLines.Where(l => fund is null || l.Fund == fund).ToList();
        var rows = new List<IReadOnlyList<string>>();
        var codes = lines.SelectMany(l => new[] { l.Code[..3], l.Code[..5], l.Code }).Distinct().OrderBy(x => x, StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var under = lines.Where(l => l.Code.StartsWith(code, StringComparison.Ordinal)).ToList();
            var sum = new FunctionalLine { Code = code, Basic = under.Sum(l => l.Basic), Project = under.Sum(l => l.Project), Fund = under[0].Fund };
            var indent = new string('　', c.Classification[code].Level - 1);
            rows.Add([code, indent + c.Classification.NameOf(code), .. values(sum)]);
        }
        return rows;
    }
}
