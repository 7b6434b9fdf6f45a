using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Text;

namespace Xinfang.Core.Analysis.Features;

/// <summary>A word of the period: in how many matters it is among the telling words (estimated from the sample when the
/// period holds more than <see cref="PeriodKeywords.SampleSize"/> matters), and the same for the period before.</summary>
public sealed record KeywordCount(string Word, int Count, int Before, decimal? Growth);

public sealed record KeywordsView(DateOnly From, DateOnly To, DateOnly BeforeFrom, DateOnly BeforeTo, int Cases, int CasesBefore, bool Sampled,
    IReadOnlyList<KeywordCount> Top, IReadOnlyList<KeywordCount> Rising);

/// <summary>
/// 热词: what people wrote about most in a period and what grew fastest against the period of the same length just before
/// (SPEC §1.9). Each matter's subject and content give its ten most telling words (jieba's TF-IDF, stop words out); a
/// word counts once per matter. A long period is read from a sample of its newest matters, and the counts scaled up.
/// </summary>
public sealed class PeriodKeywords(XinfangDbContext db, OrganisationDirectory directory)
{
    public const int SampleSize = 3000;
    public const int WordsPerCase = 10;
    public const int MinRising = 5;

    public async Task<Result<KeywordsView>> HandleAsync(AnalysisFilter filter, Actor actor, int top = 60, int sampleSize = SampleSize, CancellationToken ct = default)
    {
        if (!AnalysisAccess.MayRead(actor))
        {
            return AnalysisAccess.Refused;
        }

        if (filter.Validate() is { IsSuccess: false } invalid)
        {
            return Result.Failure<KeywordsView>([.. invalid.Errors]);
        }

        var names = await directory.GetAsync(ct);
        var days = filter.To.DayNumber - filter.From.DayNumber + 1;
        var before = filter with { From = filter.From.AddDays(-days), To = filter.From.AddDays(-1) };
        var (now, cases, sampledNow) = await CountAsync(filter, actor, names, sampleSize, ct);
        var (then, casesBefore, sampledBefore) = await CountAsync(before, actor, names, sampleSize, ct);

        var words = now.Keys.Select(w => new KeywordCount(w, now[w], then.GetValueOrDefault(w),
            then.GetValueOrDefault(w) == 0 ? null : Math.Round((decimal)(now[w] - then[w]) / then[w], 4))).ToList();
        var ranked = words.OrderByDescending(w => w.Count).ThenBy(w => w.Word, StringComparer.Ordinal).Take(Math.Clamp(top, 1, 200)).ToList();
        // Fastest growing: smoothed ratio (a word from nothing is not infinitely fast), among words that matter now.
        var rising = words.Where(w => w.Count >= MinRising && w.Count > w.Before)
            .OrderByDescending(w => (w.Count + 1.0) / (w.Before + 1.0)).ThenByDescending(w => w.Count).Take(20).ToList();
        return new KeywordsView(filter.From, filter.To, before.From, before.To, cases, casesBefore, sampledNow || sampledBefore, ranked, rising);
    }

    private async Task<(Dictionary<string, int> Counts, int Cases, bool Sampled)> CountAsync(AnalysisFilter filter, Actor actor,
        OrganisationDirectory.Snapshot names, int sampleSize, CancellationToken ct)
    {
        var cases = filter.Apply(db, actor, names).AsNoTracking();
        var total = await cases.CountAsync(ct);
        var texts = await cases.OrderByDescending(c => c.ReceivedAt).Take(Math.Clamp(sampleSize, 100, SampleSize)).Select(c => c.Subject + "。" + c.Content).ToListAsync(ct);
        var counts = Count(texts, PlaceWords(names));
        if (total > texts.Count && texts.Count > 0)
        {
            var scale = (double)total / texts.Count;
            counts = counts.ToDictionary(c => c.Key, c => (int)Math.Round(c.Value * scale));
        }

        return (counts, total, total > texts.Count);
    }

    /// <summary>In how many texts each word is among the telling words.</summary>
    public static Dictionary<string, int> Count(IEnumerable<string> texts, IReadOnlySet<string>? leaveOut = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var segmenter = ChineseSegmenter.Shared;
        foreach (var text in texts)
        {
            foreach (var word in segmenter.Keywords(text, WordsPerCase).Where(w => IsTopical(w) && leaveOut?.Contains(w) != true).Distinct())
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return counts;
    }

    /// <summary>Every part of the district's place names (平地, 大龙潭, 彝族, 社区 …): where a matter happened is a dimension of
    /// its own, not what it is about.</summary>
    public static IReadOnlySet<string> PlaceWords(OrganisationDirectory.Snapshot names)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names.Regions.Values.Select(r => r.Name))
        {
            for (var length = 2; length <= name.Length; length++)
            {
                for (var i = 0; i + length <= name.Length; i++)
                {
                    words.Add(name.Substring(i, length));
                }
            }
        }

        return words;
    }

    /// <summary>Two characters or more, not a number, not one of the words every petition uses.</summary>
    public static bool IsTopical(string word) =>
        word.Length >= 2 && !word.All(ch => char.IsDigit(ch) || ch is '.' or '-' or '年' or '月' or '日') && !Generic.Contains(word);

    private static readonly HashSet<string> Generic =
    [
        "问题", "反映", "请求", "要求", "希望", "解决", "相关", "部门", "领导", "政府", "处理", "情况", "我们", "你们", "他们", "现在", "已经",
        "没有", "目前", "尽快", "至今", "多次", "有关", "是否", "您好", "谢谢", "请问", "一下", "这个", "那个", "什么", "如何", "怎么", "市民",
        "群众", "居民", "社区", "村民", "本乡", "本镇", "村村", "本人", "咨询", "建议", "投诉", "举报", "关于", "严重", "影响", "进行", "工作", "单位", "给予", "回复", "答复",
    ];
}
