using Xinfang.Core.Finance.Model;
using Xinfang.Core.Finance.Narrative;
using static Xinfang.Core.Finance.Report.Sections.TotalsSections;

namespace Xinfang.Core.Finance.Report.Sections;

/// <summary>Section 七: 财政拨款“三公”经费 — total against budget and last year, structure (chart 7), each part.</summary>
internal static class ThreePublicSection
{
    public static void Write(ReportWriter w, ReportContext c)
    {
        var t = c.Accounts.ThreePublic;
        var reasons = c.Accounts.Reasons;
        w.Heading(2, "七、财政拨款“三公”经费支出决算情况说明");

        w.Heading(3, "（一）“三公”经费财政拨款支出决算总体情况说明");
        w.Quote("three.total", "“三公”经费", t.Total.Actual);
        var text = $"{c.Year}年“三公”经费财政拨款支出决算为{Wan(t.Total.Actual)}万元，完成预算{w.Rate("“三公”经费", t.Total.Actual, t.Total.Budget)}";
        text += t.Total.PreviousYear is { } previous ? $"；{ChangeVsLastYear(w, "“三公”经费", t.Total.Actual, previous, "较上年")}。" : "。";
        if (t.Total.Budget is { } budget && Printed.RoundAmount(t.Total.Actual) != Printed.RoundAmount(budget))
        {
            var word = t.Total.Actual < budget ? "小于" : "大于";
            text += Reason($"决算数{word}预算数的主要原因是", reasons.ThreePublicBudgetVariance);
        }
        else
        {
            text += Reason("主要原因是", reasons.ThreePublicBudgetVariance);
        }
        w.Paragraph(text);

        w.Heading(3, "（二）“三公”经费财政拨款支出决算具体情况说明");
        (string, decimal)[] parts =
        [
            ("因公出国（境）费", t.OverseasTravel.Actual), ("公务用车购置及运行维护费", t.Vehicles.Actual), ("公务接待费", t.Reception.Actual),
        ];
        w.Paragraph($"{c.Year}年“三公”经费财政拨款支出决算中，{w.ShareList("“三公”经费", t.Total.Actual, parts, "支出决算")}。具体情况如下：");
        Pie(w, "“三公”经费财政拨款支出结构", t.Total.Actual, parts);

        w.Quote("three.overseas", "因公出国（境）费", t.OverseasTravel.Actual);
        w.Paragraph($"1.因公出国（境）经费支出{Wan(t.OverseasTravel.Actual)}万元，完成预算{w.Rate("因公出国（境）费", t.OverseasTravel.Actual, t.OverseasTravel.Budget)}。"
            + $"全年安排因公出国（境）团组{t.OverseasGroups}次，出国（境）{t.OverseasPeople}人。"
            + PartChange(w, c, "因公出国（境）支出决算", t.OverseasTravel, reasons.OverseasTravelChange));

        w.Quote("three.vehicles", "公务用车购置及运行维护费", t.Vehicles.Actual);
        w.Paragraph($"2.公务用车购置及运行维护费支出{Wan(t.Vehicles.Actual)}万元，完成预算{w.Rate("公务用车购置及运行维护费", t.Vehicles.Actual, t.Vehicles.Budget)}。"
            + PartChange(w, c, "公务用车购置及运行维护费支出决算", t.Vehicles, reasons.VehiclesChange));
        var bought = VehicleKindNames.All.Select(k => t.VehiclesPurchased.FirstOrDefault(v => v.Kind == k) ?? new VehicleFigure { Kind = k }).ToList();
        var held = VehicleKindNames.All.Select(k => t.VehiclesHeld.FirstOrDefault(v => v.Kind == k) ?? new VehicleFigure { Kind = k }).ToList();
        w.Paragraph($"其中：公务用车购置支出{Wan(t.VehiclePurchase.Actual)}万元。全年按规定更新购置公务用车{bought.Sum(v => v.Count)}辆，其中："
            + string.Join("，", bought.Select(v => $"{VehicleKindNames.Chinese(v.Kind)}{v.Count}辆、金额{Wan(v.Amount)}万元"))
            + $"。截至{c.Year}年12月底，单位共有公务用车{held.Sum(v => v.Count)}辆，其中："
            + string.Join("、", held.Select(v => $"{VehicleKindNames.Chinese(v.Kind)}{v.Count}辆")) + "。");
        w.Paragraph($"公务用车运行维护费支出{Wan(t.VehicleOperation.Actual)}万元。");

        w.Quote("three.reception", "公务接待费", t.Reception.Actual);
        w.Paragraph($"3.公务接待费支出{Wan(t.Reception.Actual)}万元，完成预算{w.Rate("公务接待费", t.Reception.Actual, t.Reception.Budget)}。"
            + PartChange(w, c, "公务接待费支出决算", t.Reception, reasons.ReceptionChange) + "其中：");
        var items = t.DomesticItems.Count == 0 ? ""
            : "，具体内容包括：" + string.Join("，", t.DomesticItems.Select(i => $"{i.Description}{Wan(i.Amount)}万元"));
        var purpose = t.DomesticPurpose.Length > 0 ? $"，主要用于{t.DomesticPurpose}" : "";
        w.Paragraph($"国内公务接待支出{Wan(t.DomesticReception.Actual)}万元{purpose}。国内公务接待{t.DomesticBatches}批次，{t.DomesticVisitors}人次，共计支出{Wan(t.DomesticReception.Actual)}万元{items}。");
        w.Paragraph($"外事接待支出{Wan(t.ForeignReception.Actual)}万元，外事接待{t.ForeignBatches}批次，{t.ForeignVisitors}人，共计支出{Wan(t.ForeignReception.Actual)}万元。");
    }

    private static string ChangeVsLastYear(ReportWriter w, string label, decimal current, decimal previous, string lead)
    {
        var change = w.Change(label, current, previous);
        return change.Direction == ChangeDirection.Unchanged ? $"与上年持平" : $"{lead}{change.Phrase}";
    }

    private static string PartChange(ReportWriter w, ReportContext c, string label, Amount amount, string reason)
    {
        if (amount.PreviousYear is not { } previous)
        {
            return "";
        }
        var change = w.Change(label, amount.Actual, previous);
        return change.Direction == ChangeDirection.Unchanged
            ? $"{label}与{c.LastYear}年相等。"
            : $"{label}比{c.LastYear}年{change.Phrase}。" + Reason("主要原因是", reason);
    }
}
