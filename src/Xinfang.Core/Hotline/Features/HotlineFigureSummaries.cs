using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Persistence;
using Xinfang.Core.Data;

namespace Xinfang.Core.Hotline.Features;

/// <summary>
/// Keeps <see cref="HourFigures"/> in step with the calls. Whatever changes a call marks the hours it can affect as
/// stale, in its own transaction (its own hour for an outcome; for a new or settled call also the hours of the same
/// number's calls within 7 days, whose repeat and first-contact rules it changes); figures are read after the stale
/// hours of their period are summed again.
/// </summary>
public sealed class HotlineFigureSummaries(XinfangDbContext db)
{
    /// <summary>Stale hours are summed again in spans of at most this many days (plus the 7 days either side).</summary>
    private static readonly TimeSpan Span = TimeSpan.FromDays(31);

    /// <summary>Calls starting at <paramref name="starts"/> were added or settled (an import's batch): marks every hour
    /// within 7 days of them, written at once (inside the batch's transaction).</summary>
    public Task CallsImportedAsync(IEnumerable<DateTimeOffset> starts, CancellationToken ct)
    {
        var hours = Windows(starts.Select(HotlineFigures.HourOf).Distinct().Order()).SelectMany(w => Hours(w.From, w.To));
        return new BulkWriter(db).WriteRowsAsync(hours.Select(h => ((object)new StaleHour(h), (Guid?)null)), ct);
    }

    /// <summary>One call was added or settled (a live event): marks its hour and those of the same number's calls within
    /// 7 days, whose repeat and first-contact rules it changes; to be saved with the call.</summary>
    public async Task CallChangedAsync(CallRecord call, CancellationToken ct)
    {
        var hours = new HashSet<DateTimeOffset> { HotlineFigures.HourOf(call.StartAt) };
        if (call.CallerHash is { } hash)
        {
            var (from, to) = (call.StartAt - HotlineFigures.RepeatWindow, call.StartAt + HotlineFigures.RepeatWindow);
            var neighbours = await db.HotlineCalls.AsNoTracking().Where(c => c.CallerHash == hash && c.StartAt >= from && c.StartAt <= to)
                .Select(c => c.StartAt).ToListAsync(ct);
            hours.UnionWith(neighbours.Select(HotlineFigures.HourOf));
        }

        db.Set<StaleHour>().AddRange(hours.Select(h => new StaleHour(h)));
    }

    /// <summary>The outcome of calls changed (a direct answer; a case from them closed or reopened): marks their own
    /// hours, to be saved with the change.</summary>
    public void OutcomesChanged(IEnumerable<DateTimeOffset> starts) =>
        db.Set<StaleHour>().AddRange(starts.Select(HotlineFigures.HourOf).Distinct().Select(h => new StaleHour(h)));

    /// <summary>Sums again every stale hour in [<paramref name="from"/>, <paramref name="to"/>); returns how many.</summary>
    public async Task<int> RefreshAsync(DateTimeOffset from, DateTimeOffset to, IProgress<(int Done, int Total)>? progress = null,
        CancellationToken ct = default)
    {
        var first = HotlineFigures.HourOf(from);
        var stale = await db.Set<StaleHour>().AsNoTracking().Where(s => s.Hour >= first && s.Hour < to).Select(s => s.Hour).Distinct()
            .OrderBy(h => h).ToListAsync(ct);
        var spans = Spans(stale);
        var done = 0;
        foreach (var (spanStart, spanEnd, hours) in spans)
        {
            await RefreshSpanAsync(spanStart, spanEnd, ct);
            done += hours;
            progress?.Report((done, stale.Count));
        }

        return stale.Count;
    }

    /// <summary>
    /// One span in one transaction: the marks are deleted first, then the calls read and the span's sums replaced. A
    /// change committed before the delete is read; one committed later left its mark, which the delete did not see.
    /// </summary>
    private async Task RefreshSpanAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Set<StaleHour>().Where(s => s.Hour >= start && s.Hour < end).ExecuteDeleteAsync(ct);
        var facts = await FactsAsync(start - HotlineFigures.RepeatWindow, end + HotlineFigures.RepeatWindow, ct);
        await db.Set<HourFigures>().Where(h => h.Hour >= start && h.Hour < end).ExecuteDeleteAsync(ct);
        await new BulkWriter(db).WriteRowsAsync(HotlineFigures.Summarise(facts, start, end).Select(h => ((object)h, (Guid?)null)), ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Settled calls that started in [from, to), with what the figures need of each.</summary>
    private async Task<List<CallFacts>> FactsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var calls = db.HotlineCalls.AsNoTracking().Where(c => c.StartAt >= from && c.StartAt < to && c.Disposition != CallDisposition.Live);
        return await calls
            .Select(c => new CallFacts(c.Id, c.CallerHash, c.Seat, c.AgentId, c.StartAt, c.AnswerAt, c.EndAt, c.TalkSeconds, c.Disposition, c.SurveyScore,
                db.Set<DirectAnswer>().Any(a => a.CallId == c.Id),
                c.CaseId != null && db.Set<Case>().Any(k => k.Id == c.CaseId && (k.Status == CaseStatus.Closed || k.Status == CaseStatus.Final)),
                c.OutcomeAt))
            .ToListAsync(ct);
    }

    private static IEnumerable<DateTimeOffset> Hours(DateTimeOffset from, DateTimeOffset to)
    {
        for (var hour = from; hour < to; hour += TimeSpan.FromHours(1))
        {
            yield return hour;
        }
    }

    /// <summary>Sorted call hours → merged windows [hour − 7 days, hour + 7 days + 1 hour).</summary>
    private static List<(DateTimeOffset From, DateTimeOffset To)> Windows(IEnumerable<DateTimeOffset> sortedHours)
    {
        var windows = new List<(DateTimeOffset From, DateTimeOffset To)>();
        foreach (var hour in sortedHours)
        {
            var (from, to) = (hour - HotlineFigures.RepeatWindow, hour + HotlineFigures.RepeatWindow + TimeSpan.FromHours(1));
            if (windows.Count > 0 && from <= windows[^1].To)
            {
                windows[^1] = (windows[^1].From, to > windows[^1].To ? to : windows[^1].To);
            }
            else
            {
                windows.Add((from, to));
            }
        }

        return windows;
    }

    /// <summary>Sorted stale hours → spans of at most <see cref="Span"/>, each [first hour, last hour + 1 hour).</summary>
    private static List<(DateTimeOffset Start, DateTimeOffset End, int Hours)> Spans(List<DateTimeOffset> stale)
    {
        var spans = new List<(DateTimeOffset Start, DateTimeOffset End, int Hours)>();
        foreach (var hour in stale)
        {
            if (spans.Count > 0 && hour + TimeSpan.FromHours(1) - spans[^1].Start <= Span)
            {
                spans[^1] = (spans[^1].Start, hour + TimeSpan.FromHours(1), spans[^1].Hours + 1);
            }
            else
            {
                spans.Add((hour, hour + TimeSpan.FromHours(1), 1));
            }
        }

        return spans;
    }
}
