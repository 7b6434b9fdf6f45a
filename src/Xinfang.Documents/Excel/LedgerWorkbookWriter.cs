using MiniExcelLibs;
using Xinfang.Core.Common;
using Xinfang.Core.Supervision.Features;

namespace Xinfang.Documents.Excel;

/// <summary>The key-issue ledger (重点问题台账) as officials report it upwards: one sheet with a row per entry, one
/// with every line of the entries' records (进展记录), one with the campaigns and their progress.</summary>
public static class LedgerWorkbookWriter
{
    public const string LedgerSheet = "重点问题台账";
    public const string NotesSheet = "进展记录";
    public const string CampaignSheet = "专项行动";

    public static readonly IReadOnlyList<string> LedgerHeader =
        ["序号", "问题名称", "问题分类", "乡镇（街道）", "责任领导", "责任单位", "化解目标", "目标时限", "状态", "是否逾期", "关联信访事项", "最新进展", "进展时间", "所属专项行动"];

    public static void Write(LedgerExport export, Stream output)
    {
        var ledger = new List<Dictionary<string, object>>
        {
            Row(LedgerHeader.Count, $"{export.District}重点问题台账（截至{export.Today:yyyy年M月d日}）"),
            Row(LedgerHeader.Count, [.. LedgerHeader]),
        };
        ledger.AddRange(export.Ledger.Items.Select((i, n) => Row(LedgerHeader.Count,
            n + 1, i.Title, i.Category ?? "", i.Region ?? "", i.Leader.Name ?? "", i.Unit.Name ?? "", i.Target, $"{i.TargetDate:yyyy-MM-dd}",
            i.StatusName, i.IsOverdue ? "逾期" : "", string.Join("、", i.CaseNumbers), i.LastProgress ?? "",
            i.LastProgressAt is { } at ? Time(at) : "", i.Campaign?.Name ?? "")));
        ledger.Add(Row(LedgerHeader.Count, $"合计{export.Ledger.Items.Count}项：" +
            string.Join("，", export.Ledger.ByStatus.Select(s => $"{s.Name}{s.Count}项")) + $"；逾期{export.Ledger.Overdue}项。"));

        string[] notesHeader = ["问题名称", "时间", "类别", "记录人", "内容", "记录后状态"];
        var notes = new List<Dictionary<string, object>> { Row(notesHeader.Length, [.. notesHeader]) };
        notes.AddRange(export.Notes.Select(n => Row(notesHeader.Length, n.IssueTitle, Time(n.At), n.Kind, n.Actor, n.Text, n.StatusAfter)));

        string[] campaignHeader = ["专项行动", "工作目标", "开始日期", "目标时限", "事项数", "已化解", "长期稳控", "推进中", "未启动", "逾期", "化解率（%）"];
        var campaigns = new List<Dictionary<string, object>> { Row(campaignHeader.Length, [.. campaignHeader]) };
        campaigns.AddRange(export.Ledger.Campaigns.Select(c => Row(campaignHeader.Length,
            c.Name, c.Goal, $"{c.StartDate:yyyy-MM-dd}", $"{c.TargetDate:yyyy-MM-dd}", c.Progress.Total, c.Progress.Resolved, c.Progress.UnderControl,
            c.Progress.InProgress, c.Progress.NotStarted, c.Progress.Overdue, c.Progress.ResolvedPercent ?? (object)"")));

        var sheets = new Dictionary<string, object> { [LedgerSheet] = ledger, [NotesSheet] = notes, [CampaignSheet] = campaigns };
        output.SaveAs(sheets, printHeader: false, configuration: TablesWorkbookWriter.Configuration);
    }

    private static string Time(DateTimeOffset instant) => ChinaTime.ToChina(instant).ToString("yyyy-MM-dd HH:mm");

    /// <summary>A row of a header-less sheet: the values in columns C1…C<paramref name="width"/>, the rest blank.</summary>
    internal static Dictionary<string, object> Row(int width, params object[] values)
    {
        var row = new Dictionary<string, object>();
        for (var i = 0; i < width; i++)
        {
            row[$"C{i + 1}"] = i < values.Length ? values[i] : "";
        }

        return row;
    }
}
