using MiniExcelLibs;
using Xinfang.Core.Analysis.Features;
using Xinfang.Core.Common;
using Xinfang.Documents.Excel;

namespace Xinfang.Documents.Analysis;

/// <summary>Case lists and analysis tables as .xlsx. A case list is written row by row as the database yields it
/// (MiniExcel streams an enumerable into the sheet), so 100 000 cases take no more memory than a hundred.</summary>
public static class AnalysisWorkbookWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly IReadOnlyList<string> CaseHeader =
    [
        "事项编号", "收到时间", "来源渠道", "诉求形式", "问题分类", "乡镇（街道）", "村（社区）", "主办单位", "状态", "办理期限", "期限状态",
        "信访人", "联系电话", "人数", "标记", "标题", "主要诉求",
    ];

    public static void WriteCases(CaseExport export, Stream output)
    {
        var rows = export.Rows.Select(r => Row(
            r.Number, ChinaTime.ToChina(r.ReceivedAt).ToString("yyyy-MM-dd HH:mm"), r.Channel, r.Form, r.Category, r.Township, r.Village, r.LeadUnit, r.Status,
            r.DueDate is { } due ? $"{due:yyyy-MM-dd}" : "", r.DueState, r.Petitioner, r.Phone, r.PeopleCount, r.Flags, r.Subject, r.Content));
        output.SaveAs(rows, printHeader: true, sheetName: "信访事项", configuration: TablesWorkbookWriter.Configuration);
    }

    private static Dictionary<string, object> Row(params object[] values)
    {
        var row = new Dictionary<string, object>(CaseHeader.Count);
        for (var i = 0; i < CaseHeader.Count; i++)
        {
            row[CaseHeader[i]] = values[i];
        }

        return row;
    }

    /// <summary>A slice as officials paste it into a report: title, header, one row per value with its columns,
    /// the total and the three rates.</summary>
    public static void WriteSlice(SliceView slice, Stream output)
    {
        var header = new List<string> { slice.RowsName };
        header.AddRange(slice.ColumnHeaders.Select(h => h.Name));
        header.AddRange(["合计", "及时受理率（%）", "按期办结率（%）", "群众满意率（%）"]);
        var rows = new List<Dictionary<string, object>>
        {
            LedgerWorkbookWriter.Row(header.Count,
                $"信访事项{slice.RowsName}{(slice.ColumnsName is { } c ? "×" + c : "")}分布（{slice.From:yyyy年M月d日}至{slice.To:yyyy年M月d日}）"),
            LedgerWorkbookWriter.Row(header.Count, [.. header]),
        };
        rows.AddRange(slice.Items.Append(slice.Total).Select(r => LedgerWorkbookWriter.Row(header.Count,
            [r.Name, .. r.Cells.Select(x => (object)x.Count), r.Count, Percent(r.TimelyAcceptance), Percent(r.OnTimeClosure), Percent(r.Satisfaction)])));
        output.SaveAs(rows, printHeader: false, sheetName: "分析", configuration: TablesWorkbookWriter.Configuration);
    }

    public static void WriteTrend(TrendView trend, Stream output)
    {
        string[] header = ["期间", "起", "止", "件数", "去年同期", "同比（%）"];
        var rows = new List<Dictionary<string, object>>
        {
            LedgerWorkbookWriter.Row(header.Length, $"信访事项走势（{trend.From:yyyy年M月d日}至{trend.To:yyyy年M月d日}）"),
            LedgerWorkbookWriter.Row(header.Length, [.. header]),
        };
        rows.AddRange(trend.Points.Select(p => LedgerWorkbookWriter.Row(header.Length,
            p.Label, $"{p.Start:yyyy-MM-dd}", $"{p.End:yyyy-MM-dd}", p.Count, p.LastYear, p.Change is { } ch ? Math.Round(ch * 100, 2) : "—")));
        rows.Add(LedgerWorkbookWriter.Row(header.Length, "合计", "", "", trend.Count, trend.LastYear, trend.Change is { } t ? Math.Round(t * 100, 2) : "—"));
        output.SaveAs(rows, printHeader: false, sheetName: "走势", configuration: TablesWorkbookWriter.Configuration);
    }

    private static object Percent(Core.Cases.Features.Rate rate) => rate.Value is { } v ? Math.Round(v * 100, 2) : "—";
}
