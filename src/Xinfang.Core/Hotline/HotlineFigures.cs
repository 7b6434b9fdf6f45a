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
        HotlineShifts shifts, IReadOnlyDictionary<int, string>? agentNames = null)
    {
        var byNumber = calls.Where(c => c.CallerHash is not null).GroupBy(c => c.CallerHash!)
            .ToDictionary(g => g.Key, g => g.Select(c => c.StartAt).Order().ToArray());
        var inRange = calls.Where(c => c.StartAt >= from && c.StartAt < to).ToList();
        var groups = inRange.GroupBy(c => KeyOf(c, by, shifts, agentNames))
            .OrderBy(g => by == FigureGrouping.Shift ? Order(shifts, g.Key) : 0).ThenBy(g => g.Key, StringComparer.Ordinal);
        return [.. groups.Select(g => Row(g.Key, [.. g], byNumber))];
    }

    private static int Order(HotlineShifts shifts, string name)
    {
        var index = shifts.All.ToList().FindIndex(s => s.Name == name);
        return index < 0 ? int.MaxValue : index;
    }

    public static string KeyOf(CallFacts call, FigureGrouping by, HotlineShifts shifts, IReadOnlyDictionary<int, string>? agentNames = null)
    {
        var local = call.StartAt.ToOffset(ChinaTime.Offset);
        return by switch
        {
            FigureGrouping.Seat => call.Seat is { } seat ? $"{seat}号席" : "未分配坐席",
            FigureGrouping.Agent => call.AgentId is { } agent ? agentNames?.GetValueOrDefault(agent) ?? $"坐席员{agent}" : "未排班",
            FigureGrouping.Hour => $"{local.Hour:00}时",
            FigureGrouping.Day => local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            FigureGrouping.Shift => shifts.Of(local.Hour),
            _ => "合计",
        };
    }

    private static HotlineFigureRow Row(string key, List<CallFacts> calls, Dictionary<string, DateTimeOffset[]> byNumber)
    {
        var offered = calls.Count;
        var answered = calls.Where(c => c.Disposition == CallDisposition.Answered).ToList();
        var abandoned = calls.Count(c => c.Disposition == CallDisposition.NoAnswer);
        var busyOrFailed = calls.Count(c => c.Disposition is CallDisposition.Busy or CallDisposition.Failed);
        var waits = answered.Select(c => c.WaitSeconds ?? 0).Order().ToList();
        var resolved = answered.Count(c => (c.DirectAnswer || c.CaseClosed) && !CalledAgainWithin(c, byNumber));
        var withNumber = calls.Where(c => c.CallerHash is not null).ToList();
        var repeats = withNumber.Count(c => CalledBeforeWithin(c, byNumber));
        var surveyed = calls.Where(c => c.Survey is not null).ToList();
        var satisfied = surveyed.Count(c => c.Survey >= 4);
        return new HotlineFigureRow(key, offered, answered.Count, abandoned, busyOrFailed,
            Percent(answered.Count, offered),
            Percent(waits.Count(w => w <= 15), offered),
            Percent(waits.Count(w => w <= 20), offered),
            waits.Count == 0 ? null : Math.Round(waits.Average(), 1),
            waits.Count == 0 ? null : waits[(int)Math.Ceiling(0.9 * waits.Count) - 1],
            answered.Count == 0 ? null : Math.Round(answered.Average(c => c.TalkSeconds), 1),
            answered.Count == 0 ? null : Math.Round(answered.Average(Handling), 1),
            answered.Count, resolved, Percent(resolved, answered.Count),
            Percent(repeats, withNumber.Count),
            surveyed.Count, satisfied, Percent(satisfied, surveyed.Count));
    }

    /// <summary>Talk time, plus the after-call work until the agent recorded the outcome (at most 10 minutes).</summary>
    public static double Handling(CallFacts call)
    {
        var wrapUp = call.OutcomeAt is { } outcome && call.EndAt is { } end && outcome > end
            ? Math.Min((outcome - end).TotalSeconds, MaxAfterCallWork.TotalSeconds)
            : 0;
        return call.TalkSeconds + wrapUp;
    }

    private static bool CalledAgainWithin(CallFacts call, Dictionary<string, DateTimeOffset[]> byNumber) =>
        call.CallerHash is { } hash && byNumber[hash].Any(s => s > call.StartAt && s <= call.StartAt + RepeatWindow);

    private static bool CalledBeforeWithin(CallFacts call, Dictionary<string, DateTimeOffset[]> byNumber) =>
        byNumber[call.CallerHash!].Any(s => s < call.StartAt && s >= call.StartAt - RepeatWindow);

    private static decimal? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 2);
}
