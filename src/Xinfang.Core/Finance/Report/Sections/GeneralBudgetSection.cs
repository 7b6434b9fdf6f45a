using Xinfang.Core.Finance.Model;
using Xinfang.Core.Finance.Narrative;
using static Xinfang.Core.Finance.Report.Sections.TotalsSections;

namespace Xinfang.Core.Finance.Report.Sections;

/// <summary>Section 五: 一般公共预算财政拨款支出 — overall (chart 5), structure by 类 (chart 6), and each 项.</summary>
internal static class GeneralBudgetSection
{
    public static void Write(ReportWriter w, ReportContext c)
    {
        var gpb = c.Accounts.Fiscal.GeneralBudgetExpenditure;
        w.Heading(2, "五、一般公共预算财政拨款支出决算情况说明");

        w.Heading(3, "（一）一般公共预算财政拨款支出决算总体情况");
        w.Quote("gpb.expenditure", "一般公共预算财政拨款支出", gpb.Actual);
        var total = c.Accounts.Expenditure.Total.Actual;
        w.Claim(new ShareClaim(w.Place, "本年支出合计", Printed.RoundAmount(total),
            [new SharePart("一般公共预算财政拨款支出", Printed.RoundAmount(gpb.Actual), Printed.Round(Printed.Percent(Printed.RoundAmount(gpb.Actual), Printed.RoundAmount(total)), 1))]));
        var text = $"{c.Year}年一般公共预算财政拨款支出{Wan(gpb.Actual)}万元，占本年支出合计的{Printed.Number(Printed.Round(Printed.Percent(Printed.RoundAmount(gpb.Actual), Printed.RoundAmount(total)), 1))}%。";
        if (gpb.PreviousYear is { } previous)
        {
            var change = w.Change("一般公共预算财政拨款支出", gpb.Actual, previous);
            text += change.Direction == ChangeDirection.Unchanged
                ? $"与{c.LastYear}年相比，一般公共预算财政拨款支出持平。"
                : $"与{c.LastYear}年相比，一般公共预算财政拨款支出{change.Phrase}。";
            text += Reason("主要变动原因是", c.Accounts.Reasons.GeneralBudgetExpenditure);
            w.Paragraph(text);
            YearBars(w, c, "一般公共预算财政拨款支出决算变动情况", previous, gpb.Actual);
        }
        else
        {
            w.Paragraph(text);
        }

        w.Heading(3, "（二）一般公共预算财政拨款支出决算结构情况");
        var classes = c.Classification.StructureClasses
            .Select(code => (c.Classification.NameOf(code), c.TotalUnder(FundKind.GeneralBudget, code))).ToList();
        w.Quote("gpb.expenditure", "一般公共预算财政拨款支出", gpb.Actual);
        w.Paragraph($"{c.Year}年一般公共预算财政拨款支出{Wan(gpb.Actual)}万元，主要用于以下方面：{w.ShareList("一般公共预算财政拨款支出", gpb.Actual, classes)}。");
        Pie(w, "一般公共预算财政拨款支出决算结构", gpb.Actual, classes);

        w.Heading(3, "（三）一般公共预算财政拨款支出决算具体情况");
        w.Quote("gpb.expenditure", "一般公共预算财政拨款支出", gpb.Actual);
        w.Paragraph($"{c.Year}年一般公共预算支出决算数为{Wan(gpb.Actual)}万元，完成预算{w.Rate("一般公共预算财政拨款支出", gpb.Actual, gpb.Budget)}。其中：");
        var n = 0;
        foreach (var line in c.LinesOf(FundKind.GeneralBudget))
        {
            var name = c.Classification.QualifiedName(line.Code);
            var budget = line.AdjustedBudget ?? line.InitialBudget;
            var budgetWord = line.AdjustedBudget is null ? "预算" : "调整预算";
            var comparison = budget is not { } b ? ""
                : Printed.RoundAmount(line.Total) == Printed.RoundAmount(b) ? $"，决算数等于{budgetWord}数"
                : Printed.RoundAmount(line.Total) < Printed.RoundAmount(b) ? $"，决算数小于{budgetWord}数" : $"，决算数大于{budgetWord}数";
            var rate = budget is null ? "" : $"，完成{budgetWord}{w.Rate(name, line.Total, budget)}";
            w.Paragraph($"{++n}.{name}：支出决算为{Wan(line.Total)}万元{rate}{comparison}。");
        }
    }
}
