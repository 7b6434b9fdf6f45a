using System.Text.RegularExpressions;
using Xinfang.Core.Text;

namespace Xinfang.Core.Cases;

/// <summary>One requirement of a written reply and whether the text meets it; <see cref="Hint"/> says what to add.</summary>
public sealed record ReplyCheckItem(string Key, string Name, bool Met, string Hint);

/// <summary>What the handler sees before sending a written reply: each requirement of the Regulations (信访工作条例 §33–35:
/// the reply answers the request, states the facts found, the basis and the decision, and tells the petitioner of the
/// next step and its 30-day period) and personal data of others that must not be in it.</summary>
public sealed record ReplyCheckResult(bool Complete, IReadOnlyList<ReplyCheckItem> Items, IReadOnlyList<string> OtherPersonalData);

/// <summary>
/// Reads a reply as a reviewing officer would, by the wording replies use: facts (经查、经核实、经调查…), basis (根据、依据、
/// 按照、《…》第…条), decision (决定、处理意见、予以、不予、责令、同意…), the review right with its period (复查/复核 … 30日);
/// whether it speaks to the request (at least one of the request's telling words, or a word of the subject); phone and ID
/// numbers that are not the petitioners' own.
/// </summary>
public static partial class ReplyCheck
{
    private static readonly string[] FactWords = ["经查", "经核查", "经核实", "经调查", "经了解", "查明", "核实", "调查", "经现场", "实地"];
    private static readonly string[] BasisWords = ["根据", "依据", "按照", "依照", "《"];
    // Words of every petition and every reply ("please look into the problem"): they say nothing about what was asked.
    private static readonly HashSet<string> Boilerplate = ["请求", "核查", "核实", "相关", "部门", "反映", "问题", "情况", "解决", "希望", "要求", "处理", "落实", "尽快",
        "多次", "群众", "有关", "领导", "政府", "帮助", "协调", "调查", "依法"];

    private static readonly string[] DecisionWords = ["决定", "处理意见", "意见如下", "予以", "不予", "责令", "同意", "不支持", "支持", "已安排", "已督促", "限期", "办理如下"];

    public static ReplyCheckResult Check(string? reply, string subject, string content, CaseAction step, IReadOnlySet<string> petitionerNumbers)
    {
        var text = TextNormaliser.Fold(reply ?? "");
        var items = new List<ReplyCheckItem>
        {
            new("answers", "回应诉求", AnswersRequest(text, subject, content, out var missing),
                missing.Count == 0 ? "" : $"答复未提及诉求中的“{string.Join("”“", missing)}”，请逐项回应信访人的请求。"),
            new("facts", "查明的事实", FactWords.Any(text.Contains), "写明经核查查明的事实（如“经核查，……”）。"),
            new("basis", "处理依据", BasisWords.Any(text.Contains) || ArticlePattern().IsMatch(text), "写明依据的法律、法规、政策（如“根据《……》第……条”）。"),
            new("decision", "处理意见", DecisionWords.Any(text.Contains), "写明处理意见：支持、不予支持或已采取的措施。"),
        };
        if (step is CaseAction.Reply or CaseAction.AnswerReview)
        {
            var next = step == CaseAction.Reply ? "复查" : "复核";
            var names = text.Contains(next, StringComparison.Ordinal);
            var period = PeriodPattern().IsMatch(text);
            items.Add(new("reviewRight", $"告知{next}权利及期限", names && period,
                $"告知信访人：如不服本意见，可自收到之日起 30 日内向上一级行政机关请求{next}。"
                + (names && !period ? "（已写明请求" + next + "，但缺少 30 日期限）" : "")));
        }

        var others = OtherNumbers(reply ?? "", petitionerNumbers);
        return new ReplyCheckResult(items.All(i => i.Met) && others.Count == 0, items, others);
    }

    private static bool AnswersRequest(string reply, string subject, string content, out List<string> missing)
    {
        var keywords = ChineseSegmenter.Shared.Keywords($"{subject}。{content}", 10).Where(k => k.Length > 1 && !Boilerplate.Contains(k)).Take(5).ToList();
        missing = keywords.Where(k => !reply.Contains(k, StringComparison.Ordinal)).ToList();
        if (keywords.Count == 0 || missing.Count < keywords.Count)
        {
            missing = [];
            return true;
        }

        return false;
    }

    /// <summary>Phone and resident ID numbers in the reply that are not one of the petitioners', masked for display.</summary>
    private static List<string> OtherNumbers(string reply, IReadOnlySet<string> petitionerNumbers) =>
        NumberPattern().Matches(reply).Select(m => m.Value)
            .Where(n => !petitionerNumbers.Contains(n.ToUpperInvariant()))
            .Select(n => n.Length == 11 ? Data.PersonalDataMask.Phone(n)! : Data.PersonalDataMask.IdNumber(n)!)
            .Distinct()
            .ToList();

    [GeneratedRegex(@"第[一二三四五六七八九十百零〇\d]+条")]
    private static partial Regex ArticlePattern();

    [GeneratedRegex(@"(30|三十)\s*(日|天|个工作日)")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"(?<!\d)(1[3-9]\d{9}|\d{17}[\dXx])(?!\d)")]
    private static partial Regex NumberPattern();
}
