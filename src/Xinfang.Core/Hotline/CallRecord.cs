using Xinfang.Core.Data;

namespace Xinfang.Core.Hotline;

/// <summary>How a call ended at the exchange (Asterisk's <c>disposition</c>); <see cref="Live"/> while it is going on.</summary>
public enum CallDisposition
{
    Answered,  // ANSWERED
    NoAnswer,  // NO ANSWER: the caller hung up before an agent answered (abandoned)
    Busy,      // BUSY: every seat busy, the call was not queued
    Failed,    // FAILED
    Live,      // ringing or talking (from live events; settled by the end event or the CDR)
}

public enum CallSource
{
    Cdr,    // a row of the exchange's Master.csv
    Event,  // live events from the exchange
}

/// <summary>
/// One inbound call to 96097, from the exchange's call detail record or its live events (the same call id joins
/// them: Asterisk's <c>uniqueid</c>). The caller's number is personal data: encrypted, found by its keyed hash.
/// </summary>
public sealed class CallRecord
{
    private CallRecord() { }

    public CallRecord(string uniqueId, CallSource source, string? callerNumber, string? callerHash, DateTimeOffset startAt)
    {
        UniqueId = uniqueId;
        Source = source;
        CallerNumber = callerNumber;
        CallerHash = callerHash;
        StartAt = startAt;
        Disposition = CallDisposition.Live;
    }

    public long Id { get; private set; }
    public string UniqueId { get; private set; } = "";
    public CallSource Source { get; private set; }
    [EncryptedAtRest]
    public string? CallerNumber { get; private set; }
    public string? CallerHash { get; private set; }
    public string? Destination { get; private set; }

    /// <summary>The seat (1–5) the call reached, from the device in <c>dstchannel</c> or the event.</summary>
    public int? Seat { get; private set; }

    /// <summary>The agent on that seat at that moment (from the roster).</summary>
    public int? AgentId { get; private set; }
    public DateTimeOffset StartAt { get; private set; }
    public DateTimeOffset? AnswerAt { get; private set; }
    public DateTimeOffset? EndAt { get; private set; }

    /// <summary>Talk time (<c>billsec</c>).</summary>
    public int TalkSeconds { get; private set; }
    public CallDisposition Disposition { get; private set; }

    /// <summary>Where the recording is (from <c>userfield</c>).</summary>
    public string? Recording { get; private set; }

    /// <summary>The after-call survey, 1 (very dissatisfied) to 5 (very satisfied), where the caller answered it.</summary>
    public int? SurveyScore { get; private set; }

    /// <summary>The case registered from this call.</summary>
    public Guid? CaseId { get; private set; }

    /// <summary>When the agent recorded the outcome (a direct answer, or the case registered from the call).</summary>
    public DateTimeOffset? OutcomeAt { get; private set; }

    /// <summary>Seconds from the start until an agent answered (null when nobody did).</summary>
    public int? WaitSeconds => AnswerAt is { } answer ? (int)Math.Max(0, (answer - StartAt).TotalSeconds) : null;

    internal void Settle(CallDisposition disposition, DateTimeOffset? answerAt, DateTimeOffset? endAt, int talkSeconds, string? destination,
        int? seat, string? recording, int? survey)
    {
        Disposition = disposition;
        AnswerAt = answerAt;
        EndAt = endAt;
        TalkSeconds = talkSeconds;
        Destination = destination ?? Destination;
        Seat = seat ?? Seat;
        Recording = recording ?? Recording;
        SurveyScore = survey ?? SurveyScore;
        Source = CallSource.Cdr;
    }

    /// <summary>A live event at <paramref name="at"/>: the call started no later than that (events may come out of order).</summary>
    internal void Saw(DateTimeOffset at, int? seat)
    {
        if (Source == CallSource.Cdr)
        {
            return; // the CDR has the exchange's final word
        }

        StartAt = at < StartAt ? at : StartAt;
        Seat = seat ?? Seat;
    }

    internal void Answered(DateTimeOffset at, int? seat)
    {
        Saw(at, seat);
        if (Source == CallSource.Cdr)
        {
            return;
        }

        AnswerAt = AnswerAt is { } earlier && earlier < at ? earlier : at;
        if (EndAt is { } end)
        {
            Close(end); // the end came first
        }
    }

    /// <summary>The end of the call: answered or abandoned, with its talk time. An end without an answer is abandoned.</summary>
    internal void Ended(DateTimeOffset at)
    {
        Saw(at, null);
        if (Source == CallSource.Cdr)
        {
            return;
        }

        EndAt = EndAt is { } earlier && earlier > at ? earlier : at;
        Close(EndAt.Value);
    }

    private void Close(DateTimeOffset end)
    {
        Disposition = AnswerAt is null ? CallDisposition.NoAnswer : CallDisposition.Answered;
        TalkSeconds = AnswerAt is { } answer ? (int)Math.Max(0, (end - answer).TotalSeconds) : 0;
    }

    internal void AssignAgent(int? agentId) => AgentId = agentId ?? AgentId;

    internal void LinkCase(Guid caseId, DateTimeOffset at)
    {
        CaseId = caseId;
        OutcomeAt ??= at;
    }

    internal void Outcome(DateTimeOffset at) => OutcomeAt ??= at;
}
