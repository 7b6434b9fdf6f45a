using System.Text.RegularExpressions;
using Xinfang.Core.Analysis.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Search.Features;
using Xinfang.Core.Text;

namespace Xinfang.Core.Analysis.Warnings;

/// <summary>A topic the warning rule raised: the word, the weeks it stood above its own level, how many messages used it
/// then, the strongest deviation, the likes those messages drew, and the most liked subjects as examples.</summary>
public sealed record HotTopic(string Word, IReadOnlyList<string> Words, DateOnly From, DateOnly To, int Messages, double Expected, double Score, int Likes,
    IReadOnlyList<string> Examples);

/// <summary>
/// Hot topics in a stream of messages (a message board's posts with their dates and likes — SPEC §1.9's hotspot early
/// warning applied to what people write about): every message gives its ten most telling words (jieba TF-IDF; place
/// codes and the words every petition uses left out); each word's daily count of messages is a series, and the same
/// rule that watches categories and townships (<see cref="Baseline"/>, seven-day windows, week by week) says in which
/// weeks of the year the word stood above its own level. Consecutive weeks are one rise; rises at the same time that
/// share most of their messages (车位, 捆绑, 滨河 — one estate's bundled parking) are one topic, named by its words;
/// topics are ranked by their messages. Weeks whose history reaches back before the stream began are not measured.
/// </summary>
public static partial class HotTopics
{
    public const int WindowDays = 7;

    public static IReadOnlyList<HotTopic> Find(IReadOnlyList<PublicMessage> messages, int year, int top = 20)
    {
        var dated = messages.Where(m => m.Time is not null).Select(m => (Day: ChinaTime.DateOf(m.Time!.Value), Message: m)).ToList();
        var segmenter = ChineseSegmenter.Shared;
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var historyStart = first.AddDays(-WindowDays - Baseline.HistoryDays - Baseline.YearBack);
        var relevant = dated.Where(d => d.Day >= historyStart && d.Day <= last).ToList();

        var series = new Dictionary<string, Dictionary<DateOnly, int>>(StringComparer.Ordinal);
        var usedBy = new Dictionary<string, List<(DateOnly Day, PublicMessage Message)>>(StringComparer.Ordinal);
        foreach (var (day, message) in relevant)
        {
            foreach (var word in segmenter.Keywords($"{message.Subject}。{message.Detail}", PeriodKeywords.WordsPerCase)
                         .Where(w => PeriodKeywords.IsTopical(w) && !PlaceCode().IsMatch(w)).Distinct())
            {
                var counts = series.TryGetValue(word, out var c) ? c : series[word] = [];
                counts[day] = counts.GetValueOrDefault(day) + 1;
                (usedBy.TryGetValue(word, out var u) ? u : usedBy[word] = []).Add((day, message));
            }
        }

        // A baseline needs a history: windows are measured only once the stream itself has run for a full history
        // (from the day the first one per cent of its messages is reached — a few stray early posts do not count).
        var ordered = relevant.Select(r => r.Day).Order().ToList();
        var earliest = ordered.Count == 0 ? last : ordered[ordered.Count / 100];
        var rises = new List<(string Word, DateOnly From, DateOnly To, HashSet<PublicMessage> Used, double Expected, double Score)>();
        foreach (var (word, counts) in series)
        {
            if (counts.Where(c => c.Key >= first).Sum(c => c.Value) < WarningThreshold.Normal.MinCount)
            {
                continue;
            }

            var fired = new List<(DateOnly End, BaselineResult Result)>();
            for (var end = first.AddDays(WindowDays - 1); end <= last; end = end.AddDays(WindowDays))
            {
                if (end.AddDays(1 - WindowDays - Baseline.HistoryDays) < earliest)
                {
                    continue;
                }

                var hasLastYear = earliest <= end.AddDays(1 - WindowDays - Baseline.HistoryDays - Baseline.YearBack);
                var result = Baseline.Measure(d => counts.GetValueOrDefault(d), end, WindowDays, WarningThreshold.Normal, hasLastYear);
                if (result.Fires)
                {
                    fired.Add((end, result));
                }
            }

            foreach (var run in Runs(fired))
            {
                var from = run[0].End.AddDays(1 - WindowDays);
                var to = run[^1].End;
                var used = usedBy[word].Where(u => u.Day >= from && u.Day <= to).Select(u => u.Message).ToHashSet();
                rises.Add((word, from, to, used, Math.Round(run.Sum(r => r.Result.Expected), 1), run.Max(r => r.Result.Score)));
            }
        }

        // The strongest rise first; a later one joins a topic it overlaps in time and shares most of its messages with.
        var topics = new List<(List<string> Words, DateOnly From, DateOnly To, HashSet<PublicMessage> Used, double Expected, double Score)>();
        foreach (var rise in rises.OrderByDescending(r => r.Used.Count).ThenByDescending(r => r.Score).ThenBy(r => r.Word, StringComparer.Ordinal))
        {
            var index = topics.FindIndex(t => t.From <= rise.To && rise.From <= t.To
                && t.Used.Count(rise.Used.Contains) >= 0.5 * Math.Min(t.Used.Count, rise.Used.Count));
            if (index < 0)
            {
                topics.Add(([rise.Word], rise.From, rise.To, [.. rise.Used], rise.Expected, rise.Score));
                continue;
            }

            var topic = topics[index];
            topic.Words.Add(rise.Word);
            topic.Used.UnionWith(rise.Used);
            topics[index] = (topic.Words, topic.From < rise.From ? topic.From : rise.From, topic.To > rise.To ? topic.To : rise.To, topic.Used, topic.Expected,
                Math.Max(topic.Score, rise.Score));
        }

        return topics
            .Select(t => new HotTopic(string.Join("·", t.Words.Take(4)), t.Words, t.From, t.To, t.Used.Count, t.Expected, t.Score, t.Used.Sum(m => m.Likes),
                t.Used.OrderByDescending(m => m.Likes).ThenBy(m => m.Subject, StringComparer.Ordinal).Select(m => m.Subject).Distinct().Take(3).ToList()))
            .OrderByDescending(t => t.Messages).ThenByDescending(t => t.Score).ThenBy(t => t.Word, StringComparer.Ordinal).Take(top).ToList();
    }

    private static IEnumerable<List<(DateOnly End, BaselineResult Result)>> Runs(List<(DateOnly End, BaselineResult Result)> fired)
    {
        var run = new List<(DateOnly End, BaselineResult Result)>();
        foreach (var week in fired)
        {
            if (run.Count > 0 && week.End.DayNumber - run[^1].End.DayNumber > WindowDays)
            {
                yield return run;
                run = [];
            }

            run.Add(week);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    /// <summary>The organiser's masked place codes (a市, a3区, k9县 — lower-cased by the segmenter's normalisation).</summary>
    [GeneratedRegex(@"^[a-z]\d{0,2}[市区县]?$|^\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceCode();
}
