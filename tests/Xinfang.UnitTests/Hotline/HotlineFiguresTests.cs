using Xinfang.Core.Hotline;

namespace Xinfang.UnitTests.Hotline;

/// <summary>
/// The 96097 figures on ten hand-made calls, every answer worked out by hand below. The period is 2 and 3 March 2026
/// (China time); a call before and one after it exist only for the 7-day rules.
/// </summary>
public sealed class HotlineFiguresTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset From = new(2026, 3, 2, 0, 0, 0, China);
    private static readonly DateTimeOffset To = new(2026, 3, 4, 0, 0, 0, China);

    private static DateTimeOffset At(int day, int hour, int minute, int second = 0) => new(2026, 3, day, hour, minute, second, China);

    private static CallFacts Answered(long id, string? caller, int seat, int agent, DateTimeOffset start, int wait, int talk, int? survey = null,
        bool direct = false, bool closed = false, int? wrapUp = null)
    {
        var answer = start.AddSeconds(wait);
        var end = answer.AddSeconds(talk);
        return new CallFacts(id, caller, seat, agent, start, answer, end, talk, CallDisposition.Answered, survey, direct, closed,
            wrapUp is { } w ? end.AddSeconds(w) : null);
    }

    private static CallFacts NotAnswered(long id, string? caller, DateTimeOffset start, CallDisposition disposition) =>
        new(id, caller, null, null, start, null, start.AddSeconds(40), 0, disposition, null, false, false, null);

    private static readonly CallFacts[] Calls =
    [
        NotAnswered(8, "F", At(1, 12, 0), CallDisposition.NoAnswer),                                     // before the period
        Answered(1, "A", 1, 1, At(2, 9, 0), wait: 10, talk: 300, survey: 5, direct: true, wrapUp: 60),   // A calls again on the 3rd: not first-contact
        Answered(2, "B", 2, 2, At(2, 9, 10), wait: 18, talk: 120, survey: 3, closed: true, wrapUp: 480), // B's next call is 8 days later: first-contact
        NotAnswered(3, "C", At(2, 9, 20), CallDisposition.NoAnswer),
        NotAnswered(4, "D", At(2, 10, 0), CallDisposition.Busy),
        Answered(9, "F", 1, 1, At(2, 12, 0), wait: 25, talk: 100),                                       // F called the day before: a repeat
        NotAnswered(10, null, At(2, 15, 0), CallDisposition.Failed),
        Answered(6, "E", 3, 3, At(2, 23, 58), wait: 5, talk: 300, direct: true, wrapUp: 900),            // over midnight; wrap-up capped at 600
        Answered(5, "A", 1, 1, At(3, 10, 0), wait: 30, talk: 60),
        Answered(7, "B", 2, 2, At(10, 9, 10, 1), wait: 5, talk: 30),                                     // after the period
    ];

    [Fact]
    public void Total_IsWhatTheHandCountSays()
    {
        var row = Assert.Single(HotlineFigures.Compute(Calls, From, To, FigureGrouping.Total, HotlineShifts.Default));
        // Offered: 1,2,3,4,5,6,9,10. Answered: 1,2,5,6,9. Abandoned: 3. Busy or failed: 4,10.
        Assert.Equal((8, 5, 1, 2), (row.Offered, row.Answered, row.Abandoned, row.BusyOrFailed));
        Assert.Equal(62.5m, row.AnswerRate);
        // Waits 10,18,25,5,30 → within 15 s: 2 of 8; within 20 s: 3 of 8; mean 88/5; p90 by nearest rank: the 5th of 5.
        Assert.Equal((25m, 37.5m), (row.ServiceLevel15, row.ServiceLevel20));
        Assert.Equal((17.6, 30.0), (row.AverageWait, row.P90Wait));
        // Talk (300+120+100+300+60)/5; handling adds wrap-up 60, 480, 600 (900 capped): (880+1140)/5.
        Assert.Equal((176.0, 404.0), (row.AverageTalk, row.AverageHandling));
        // First contact: 2 (closed, no call within 7 days) and 6 (direct answer); not 1 (A again on the 3rd), 5, 9.
        Assert.Equal((5, 2, 40m), (row.Handled, row.FirstContactResolved, row.FirstContactRate));
        // Repeats among the 7 calls with a number: 5 (A on the 2nd) and 9 (F on the 1st).
        Assert.Equal(28.57m, row.RepeatCallerRate);
        // Surveys: 5 and 3 → one satisfied of two.
        Assert.Equal((2, 1, 50m), (row.Surveyed, row.Satisfied, row.SatisfactionRate));
    }

    [Fact]
    public void ACallOverMidnight_CountsInTheDayAndShiftItStarted()
    {
        var byDay = HotlineFigures.Compute(Calls, From, To, FigureGrouping.Day, HotlineShifts.Default);
        Assert.Equal([("2026-03-02", 7), ("2026-03-03", 1)], byDay.Select(r => (r.Key, r.Offered)));
        var byShift = HotlineFigures.Compute(Calls, From, To, FigureGrouping.Shift, HotlineShifts.Default).ToDictionary(r => r.Key);
        Assert.Equal(1, byShift["中班"].Offered); // 23:58 on the 2nd
        Assert.Equal(7, byShift["早班"].Offered);
        Assert.False(byShift.ContainsKey("夜班"));

        // A night shift that runs past midnight (22–6) takes the call of 23:58 and one at 02:00 alike.
        var night = new HotlineShifts([new("白班", 6, 22), new("夜班", 22, 6)]);
        var early = NotAnswered(11, "G", At(3, 2, 0), CallDisposition.NoAnswer);
        var shifts = HotlineFigures.Compute([.. Calls, early], From, To, FigureGrouping.Shift, night).ToDictionary(r => r.Key);
        Assert.Equal((2, 7), (shifts["夜班"].Offered, shifts["白班"].Offered));
    }

    [Fact]
    public void BySeatAndAgent_SplitTheAnsweredCalls()
    {
        var bySeat = HotlineFigures.Compute(Calls, From, To, FigureGrouping.Seat, HotlineShifts.Default).ToDictionary(r => r.Key);
        Assert.Equal((3, 3), (bySeat["1号席"].Offered, bySeat["1号席"].Answered)); // 1, 5, 9
        Assert.Equal(3, bySeat["未分配坐席"].Offered);                              // 3, 4, 10
        var byAgent = HotlineFigures.Compute(Calls, From, To, FigureGrouping.Agent, HotlineShifts.Default,
            new Dictionary<int, string> { [1] = "刘芳", [2] = "陈静" }).ToDictionary(r => r.Key);
        Assert.Equal((100m, 0m), (byAgent["陈静"].FirstContactRate, byAgent["刘芳"].FirstContactRate));
        Assert.Equal(1, byAgent["坐席员3"].Answered);
    }

    [Fact]
    public void TheSevenDayRule_CountsARepeatOnTheLastSecondAndNotAfter()
    {
        var first = Answered(1, "H", 1, 1, At(2, 9, 0), wait: 5, talk: 60, direct: true);
        var exactly = NotAnswered(2, "H", At(2, 9, 0).AddDays(7), CallDisposition.NoAnswer);
        var later = NotAnswered(2, "H", At(2, 9, 0).AddDays(7).AddSeconds(1), CallDisposition.NoAnswer);
        Assert.Equal(0, Assert.Single(HotlineFigures.Compute([first, exactly], From, To, FigureGrouping.Total, HotlineShifts.Default)).FirstContactResolved);
        Assert.Equal(1, Assert.Single(HotlineFigures.Compute([first, later], From, To, FigureGrouping.Total, HotlineShifts.Default)).FirstContactResolved);
    }

    [Fact]
    public void NoCalls_GiveNoRates()
    {
        Assert.Empty(HotlineFigures.Compute([], From, To, FigureGrouping.Total, HotlineShifts.Default));
        var onlyBusy = Assert.Single(HotlineFigures.Compute([NotAnswered(1, "X", At(2, 9, 0), CallDisposition.Busy)], From, To, FigureGrouping.Total,
            HotlineShifts.Default));
        Assert.Equal((0m, null, null), (onlyBusy.AnswerRate, onlyBusy.AverageWait, onlyBusy.FirstContactRate));
    }
}
