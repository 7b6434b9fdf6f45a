using Xinfang.Core.Common.Reporting;
using Xinfang.Core.Finance.Model;

namespace Xinfang.Core.Finance.Report.Sections;

/// <summary>Sections 一 to 四 of Part 2: totals, income, expenditure and fiscal appropriations, with charts 1–4.</summary>
internal static class TotalsSections
{
    public static void WriteTotals(ReportWriter w, ReportContext c)
    {
        var grand = c.Accounts.Expenditure.GrandTotal;
        w.Heading(2, "一、收入支出决算总体情况说明");
        w.Quote("totals.grand", "收、支总计", grand.Actual);
        var text = $"{c.Year}年度收、支总计{Wan(grand.Actual)}万元。";
        if (grand.PreviousYear is { } previous)
        {
            var change = w.Change("收、支总计", grand.Actual, previous);
            text += change.Direction == Narrative.ChangeDirection.Unchanged
                ? $"与{c.LastYear}年相比，收、支总计持平。"
                : $"与{c.LastYear}年相比，收、支总计各{change.Phrase}。";
            text += Reason("主要变动原因是", c.Accounts.Reasons.Totals);
            w.Paragraph(text);
            YearBars(w, c, "收、支决算总计变动情况", previous, grand.Actual);
        }
        else
        {
            w.Paragraph(text);
        }
    }

    public static void WriteIncome(ReportWriter w, ReportContext c)
    {
        var income = c.Accounts.Income;
        w.Heading(2, "二、收入决算情况说明");
        (string, decimal)[] parts =
        [
            ("一般公共预算财政拨款收入", income.GeneralBudget.Actual), ("政府性基金预算财政拨款收入", income.GovernmentFund.Actual),
            ("国有资本经营预算财政拨款收入", income.StateCapital.Actual), ("上级补助收入", income.FromSuperior.Actual),
            ("事业收入", income.Business.Actual), ("经营收入", income.Operating.Actual),
            ("附属单位上缴收入", income.FromAffiliates.Actual), ("其他收入", income.Other.Actual),
        ];
        w.Quote("income.total", "本年收入合计", income.Total.Actual);
        w.Paragraph($"{c.Year}年本年收入合计{Wan(income.Total.Actual)}万元，其中：{w.ShareList("本年收入合计", income.Total.Actual, parts)}。");
        Pie(w, "收入决算结构", income.Total.Actual, parts);
    }

    public static void WriteExpenditure(ReportWriter w, ReportContext c)
    {
        var e = c.Accounts.Expenditure;
        w.Heading(2, "三、支出决算情况说明");
        (string, decimal)[] parts =
        [
            ("基本支出", e.Basic.Actual), ("项目支出", e.Project.Actual), ("上缴上级支出", e.RemittedToSuperior.Actual),
            ("经营支出", e.Operating.Actual), ("对附属单位补助支出", e.SubsidiesToAffiliates.Actual),
        ];
        w.Quote("expenditure.total", "本年支出合计", e.Total.Actual);
        w.Quote("expenditure.basic", "基本支出", e.Basic.Actual);
        w.Paragraph($"{c.Year}年本年支出合计{Wan(e.Total.Actual)}万元，其中：{w.ShareList("本年支出合计", e.Total.Actual, parts)}。");
        Pie(w, "支出决算结构", e.Total.Actual, parts);
    }

    public static void WriteFiscal(ReportWriter w, ReportContext c)
    {
        var grand = c.Accounts.Fiscal.GrandTotal;
        w.Heading(2, "四、财政拨款收入支出决算总体情况说明");
        var text = $"{c.Year}年财政拨款收、支总计{Wan(grand.Actual)}万元。";
        if (grand.PreviousYear is { } previous)
        {
            var change = w.Change("财政拨款收、支总计", grand.Actual, previous);
            text += change.Direction == Narrative.ChangeDirection.Unchanged
                ? $"与{c.LastYear}年相比，财政拨款收、支总计持平。"
                : $"与{c.LastYear}年相比，财政拨款收、支总计各{change.Phrase}。";
            text += Reason("主要变动原因是", c.Accounts.Reasons.FiscalAppropriation);
            w.Paragraph(text);
            YearBars(w, c, "财政拨款收、支决算总计变动情况", previous, grand.Actual);
        }
        else
        {
            w.Paragraph(text);
        }
    }

    internal static string Wan(decimal amount) => Narrative.Printed.Amount(amount);

    internal static string Reason(string lead, string reason) =>
        ReportContext.Sentence(reason) is { Length: > 0 } r ? lead + r : "";

    internal static void YearBars(ReportWriter w, ReportContext c, string title, decimal previous, decimal current)
    {
        var change = new Narrative.YearOnYear(current, previous);
        var label = change.PercentPrinted is { } pct ? $"（{change.PercentVerb}{Narrative.Printed.Number(pct)}%）" : "";
        w.Chart($"{title}{label}", ChartKind.Bar, [$"{c.LastYear}年", $"{c.Year}年"], [previous, current],
            [Wan(previous), Wan(current)]);
    }

    /// <summary>A structure pie of the non-zero parts, labelled with the printed shares.</summary>
    internal static void Pie(ReportWriter w, string title, decimal whole, IReadOnlyList<(string Label, decimal Amount)> parts)
    {
        var shares = Narrative.Shares.Of([.. parts.Select(p => Narrative.Printed.RoundAmount(p.Amount))], Narrative.Printed.RoundAmount(whole));
        var shown = parts.Select((p, i) => (p.Label, p.Amount, Share: shares[i])).Where(p => p.Amount != 0m).ToList();
        w.Chart(title, ChartKind.Pie, [.. shown.Select(p => p.Label)], [.. shown.Select(p => p.Amount)],
            [.. shown.Select(p => $"{p.Label} {Narrative.Printed.Number(p.Share)}%")]);
    }
}
