using Xinfang.Core.Common;

namespace Xinfang.Core.Hotline;

/// <summary>What the figures need of one call.</summary>
public sealed record CallFacts(long Id, string? CallerHash, int? Seat, int? AgentId, DateTimeOffset StartAt, DateTimeOffset? AnswerAt,
    DateTimeOffset? EndAt, int TalkSeconds, CallDisposition Disposition, int? Survey, bool DirectAnswer, bool CaseClosed, DateTimeOffset? OutcomeAt)
{
    public int? WaitSeconds => AnswerAt is { } answer ? (int)Math.Max(0, (answer - StartAt).TotalSeconds) : null;
}

public enum FigureGrouping
{
    Total,
    Seat,
    Agent,
    Hour,
    Day,
    Shift,
}

/// <summary>The hotline's figures for one group of calls (SPEC §1.7; definitions in <see cref="HotlineFigures.Definitions"/>).
/// Rates in percent, times in seconds.</summary>
public sealed record HotlineFigureRow(
    string Key,
    int Offered,
    int Answered,
    int Abandoned,
    int BusyOrFailed,
    decimal? AnswerRate,
    decimal? ServiceLevel15,
    decimal? ServiceLevel20,
    double? AverageWait,
    double? P90Wait,
    double? AverageTalk,
    double? AverageHandling,
    int Handled,
    int FirstContactResolved,
    decimal? FirstContactRate,
    decimal? RepeatCallerRate,
    int Surveyed,
    int Satisfied,
    decimal? SatisfactionRate);

/// <summary>The 96097 figures, computed from the calls themselves. Calls count where and when they started (a call
/// from 23:58 to 00:03 belongs to the day and the shift it started in).</summary>
public static class HotlineFigures
{
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromDays(7);
    public static readonly TimeSpan MaxAfterCallWork = TimeSpan.FromMinutes(10);

    public static readonly IReadOnlyDictionary<string, string> Definitions = new Dictionary<string, string>
    {
        ["offered"] = "呼入总量：时段内呼入的全部来电（含忙线、失败）。",
        ["answered"] = "接通量：坐席应答的来电。",
        ["abandoned"] = "放弃量：坐席应答前来电人挂断（NO ANSWER）。",
        ["busyOrFailed"] = "未接入：忙线（BUSY）或呼叫失败（FAILED）。",
        ["answerRate"] = "接通率 = 接通量 ÷ 呼入总量。",
        ["serviceLevel15"] = "15秒服务水平 = 15秒内（含）应答的来电 ÷ 呼入总量；20秒同理。",
        ["averageWait"] = "平均等待时长：已接通来电从呼入到应答的秒数平均；p90 为第90百分位（最近秩法）。",
        ["averageTalk"] = "平均通话时长：已接通来电的通话秒数（billsec）平均。",
        ["averageHandling"] = "平均处理时长 = 通话时长 + 话后处理（挂机至坐席记录直接答复或登记事项，最长10分钟）。",
        ["firstContactRate"] = "一次办结率 = 首次来电即办结的来电 ÷ 已接通来电；办结指直接答复，或由该来电登记的事项已办结；"
            + "7日内同一号码再次来电的不计为一次办结。",
        ["repeatCallerRate"] = "重复来电率 = 此前7日内同一号码来电过的来电 ÷ 有号码的呼入来电。",
        ["satisfactionRate"] = "满意率 = 话后评价4分及以上（满分5分）的来电 ÷ 参加评价的来电。",
    };

    /// <param name="calls">The calls of the period and of the 7 days around it (for the repeat rules).</param>
    public static IReadOnlyList<HotlineFigureRow> Compute(IReadOnlyList<CallFacts> calls, DateTimeOffset from, DateTimeOffset to, FigureGrouping by,
        HotlineShifts shifts, IReadOnlyDictionary<int, string>? agentNames = null) =>
        Aggregate(Summarise(calls, from, to), by, shifts, agentNames);

    /// <summary>The calls that started in [<paramref name="from"/>, <paramref name="to"/>) summed per hour, seat and agent;
    /// <paramref name="calls"/> also holds the 7 days around, which the repeat and first-contact rules look at.</summary>
    public static IReadOnlyList<HourFigures> Summarise(IReadOnlyList<CallFacts> calls, DateTimeOffset from, DateTimeOffset to)
    {
        var byNumber = calls.Where(c => c.CallerHash is not null).GroupBy(c => c.CallerHash!)
            .ToDictionary(g => g.Key, g => g.Select(c => c.StartAt.UtcTicks).Order().ToArray(), StringComparer.Ordinal);
        var groups = calls.Where(c => c.StartAt >= from && c.StartAt < to).GroupBy(c => (Hour: HourOf(c.StartAt), c.Seat, c.AgentId));
        return [.. groups.Select(g => Summary(g.Key.Hour, g.Key.Seat, g.Key.AgentId, g, byNumber))];
    }

    public static DateTimeOffset HourOf(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerHour, TimeSpan.Zero);

    /// <summary>Hourly sums grouped and turned into figures.</summary>
    public static IReadOnlyList<HotlineFigureRow> Aggregate(IEnumerable<HourFigures> hours, FigureGrouping by, HotlineShifts shifts,
        IReadOnlyDictionary<int, string>? agentNames = null)
    {
        var groups = hours.GroupBy(h => KeyOf(h, by, shifts, agentNames))
            .OrderBy(g => by == FigureGrouping.Shift ? Order(shifts, g.Key) : 0).ThenBy(g => g.Key, StringComparer.Ordinal);
        return [.. groups.Select(g => Row(g.Key, [.. g]))];
    }

    private static int Order(HotlineShifts shifts, string name)
    {
        var index = shifts.All.ToList().FindIndex(s => s.Name == name);
        return index < 0 ? int.MaxValue : index;
    }

    private static string KeyOf(HourFigures hour, FigureGrouping by, HotlineShifts shifts, IReadOnlyDictionary<int, string>? agentNames = null)
    {
        var local = hour.Hour.ToOffset(ChinaTime.Offset);
        return by switch
        {
            FigureGrouping.Seat => hour.Seat is { } seat ? $"{seat}号席" : "未分配坐席",
            FigureGrouping.Agent => hour.AgentId is { } agent ? agentNames?.GetValueOrDefault(agent) ?? $"坐席员{agent}" : "未排班",
            FigureGrouping.Hour => $"{local.Hour:00}时",
            FigureGrouping.Day => local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            FigureGrouping.Shift => shifts.Of(local.Hour),
            _ => "合计",
        };
    }

    private static HourFigures Summary(DateTimeOffset hour, int? seat, int? agent, IEnumerable<CallFacts> calls, Dictionary<string, long[]> byNumber)
    {
        var sum = new HourFigures { Hour = hour, Seat = seat, AgentId = agent };
        var waits = new SortedDictionary<int, int>();
        foreach (var call in calls)
        {
            sum.Offered++;
            if (call.CallerHash is { } hash)
            {
                sum.WithNumber++;
                sum.Repeats += CalledBeforeWithin(call, byNumber[hash]) ? 1 : 0;
            }

            if (call.Survey is { } survey)
            {
                sum.Surveyed++;
                sum.Satisfied += survey >= 4 ? 1 : 0;
            }

            switch (call.Disposition)
            {
                case CallDisposition.NoAnswer:
                    sum.Abandoned++;
                    continue;
                case CallDisposition.Busy or CallDisposition.Failed:
                    sum.BusyOrFailed++;
                    continue;
                case not CallDisposition.Answered:
                    continue;
            }

            var wait = call.WaitSeconds ?? 0;
            sum.Answered++;
            sum.Within15 += wait <= 15 ? 1 : 0;
            sum.Within20 += wait <= 20 ? 1 : 0;
            sum.WaitSeconds += wait;
            sum.TalkSeconds += call.TalkSeconds;
            sum.HandlingSeconds += Handling(call);
            waits[wait] = waits.GetValueOrDefault(wait) + 1;
            var calledAgain = call.CallerHash is { } number && CalledAgainWithin(call, byNumber[number]);
            sum.Resolved += (call.DirectAnswer || call.CaseClosed) && !calledAgain ? 1 : 0;
        }

        sum.Waits = HourFigures.WriteWaits(waits);
        return sum;
    }

    private static HotlineFigureRow Row(string key, List<HourFigures> hours)
    {
        int Sum(Func<HourFigures, int> figure) => hours.Sum(figure);
        var offered = Sum(h => h.Offered);
        var answered = Sum(h => h.Answered);
        var resolved = Sum(h => h.Resolved);
        var surveyed = Sum(h => h.Surveyed);
        var satisfied = Sum(h => h.Satisfied);
        var waits = new SortedDictionary<int, int>();
        hours.ForEach(h => h.AddWaitsTo(waits));
        return new HotlineFigureRow(key, offered, answered, Sum(h => h.Abandoned), Sum(h => h.BusyOrFailed),
            Percent(answered, offered),
            Percent(Sum(h => h.Within15), offered),
            Percent(Sum(h => h.Within20), offered),
            answered == 0 ? null : Math.Round((double)hours.Sum(h => h.WaitSeconds) / answered, 1),
            answered == 0 ? null : NearestRank(waits, 0.9, answered),
            answered == 0 ? null : Math.Round((double)hours.Sum(h => h.TalkSeconds) / answered, 1),
            answered == 0 ? null : Math.Round(hours.Sum(h => h.HandlingSeconds) / answered, 1),
            answered, resolved, Percent(resolved, answered),
            Percent(Sum(h => h.Repeats), Sum(h => h.WithNumber)),
            surveyed, satisfied, Percent(satisfied, surveyed));
    }

    /// <summary>The nearest-rank percentile of a histogram of <paramref name="count"/> values.</summary>
    private static int NearestRank(SortedDictionary<int, int> histogram, double percentile, int count)
    {
        var rank = (int)Math.Ceiling(percentile * count);
        var seen = 0;
        foreach (var (value, calls) in histogram)
        {
            seen += calls;
            if (seen >= rank)
            {
                return value;
            }
        }

        return histogram.Keys.Last();
    }

    /// <summary>Talk time, plus the after-call work until the agent recorded the outcome (at most 10 minutes).</summary>
    public static double Handling(CallFacts call)
    {
        var wrapUp = call.OutcomeAt is { } outcome && call.EndAt is { } end && outcome > end
            ? Math.Min((outcome - end).TotalSeconds, MaxAfterCallWork.TotalSeconds)
            : 0;
        return call.TalkSeconds + wrapUp;
    }

    /// <summary>Another call of the number in (start, start + 7 days]; <paramref name="starts"/> sorted (UTC ticks).</summary>
    private static bool CalledAgainWithin(CallFacts call, long[] starts)
    {
        var next = FirstAfter(starts, call.StartAt.UtcTicks);
        return next < starts.Length && starts[next] <= call.StartAt.UtcTicks + RepeatWindow.Ticks;
    }

    /// <summary>Another call of the number in [start − 7 days, start).</summary>
    private static bool CalledBeforeWithin(CallFacts call, long[] starts)
    {
        var first = FirstAtOrAfter(starts, call.StartAt.UtcTicks - RepeatWindow.Ticks);
        return first < starts.Length && starts[first] < call.StartAt.UtcTicks;
    }

    private static int FirstAtOrAfter(long[] sorted, long value)
    {
        var index = Array.BinarySearch(sorted, value);
        if (index < 0) return ~index;
        while (index > 0 && sorted[index - 1] == value) index--;
        return index;
    }

    private static int FirstAfter(long[] sorted, long value)
    {
        var index = Array.BinarySearch(sorted, value);
        if (index < 0) return ~index;
        while (index < sorted.Length && sorted[index] == value) index++;
        return index;
    }

    private static decimal? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 2);
}
