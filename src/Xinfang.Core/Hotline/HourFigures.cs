using System.Globalization;
using System.Text;

namespace Xinfang.Core.Hotline;

/// <summary>
/// The calls that started in one hour on one seat under one agent, summed: every figure is a sum or a ratio of sums
/// of these, and the wait percentile is read from the merged histogram. A year of a province's hotline is a few tens
/// of thousands of these rows instead of millions of calls. Kept by <see cref="Features.HotlineFigureSummaries"/>.
/// </summary>
public sealed class HourFigures
{
    public long Id { get; private set; }

    /// <summary>The start of the hour (UTC; China time has whole-hour offset, so it is a China hour too).</summary>
    public DateTimeOffset Hour { get; set; }
    public int? Seat { get; set; }
    public int? AgentId { get; set; }
    public int Offered { get; set; }
    public int Answered { get; set; }
    public int Abandoned { get; set; }
    public int BusyOrFailed { get; set; }
    public int Within15 { get; set; }
    public int Within20 { get; set; }
    public long WaitSeconds { get; set; }
    public long TalkSeconds { get; set; }
    public double HandlingSeconds { get; set; }
    public int Resolved { get; set; }
    public int WithNumber { get; set; }
    public int Repeats { get; set; }
    public int Surveyed { get; set; }
    public int Satisfied { get; set; }

    /// <summary>Answered calls by whole seconds of wait: "0:12 3:40 17:2" (seconds:calls).</summary>
    public string Waits { get; set; } = "";

    public static string WriteWaits(IEnumerable<KeyValuePair<int, int>> histogram)
    {
        var text = new StringBuilder();
        foreach (var (wait, calls) in histogram.OrderBy(p => p.Key))
        {
            text.Append(text.Length == 0 ? "" : " ").Append(wait.ToString(CultureInfo.InvariantCulture)).Append(':')
                .Append(calls.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    public void AddWaitsTo(SortedDictionary<int, int> histogram)
    {
        foreach (var pair in Waits.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            var wait = int.Parse(pair.AsSpan(0, colon), CultureInfo.InvariantCulture);
            histogram[wait] = histogram.GetValueOrDefault(wait) + int.Parse(pair.AsSpan(colon + 1), CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>An hour whose <see cref="HourFigures"/> may no longer match the calls (a call of it added or settled, or one
/// of the same number within 7 days; a direct answer; a case from one of its calls closed or reopened): summed again
/// before figures are read. Written in the same transaction as the change; an hour may be marked many times (a mark
/// never conflicts with another, so marking never fails the change it goes with).</summary>
public sealed class StaleHour
{
    private StaleHour() { }

    public StaleHour(DateTimeOffset hour) => Hour = hour;

    public long Id { get; private set; }
    public DateTimeOffset Hour { get; private set; }
}
