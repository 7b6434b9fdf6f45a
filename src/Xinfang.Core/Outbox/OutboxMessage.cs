namespace Xinfang.Core.Outbox;

public enum OutboxState
{
    /// <summary>Waiting for its (next) attempt.</summary>
    Pending,
    /// <summary>The receiver took it (2xx); it is never sent again.</summary>
    Delivered,
    /// <summary>Given up after the last attempt, or no address to send to; the administrator may send it again.</summary>
    Failed,
}

/// <summary>
/// A message that leaves the platform (SPEC §1.10: one outbox for status messages to the channels, text messages and
/// notifications). It is written in the same transaction as the change it reports, so nothing is lost when the receiver
/// is down, and delivered afterwards with retries (<see cref="Features.DeliverOutbox"/>). Where it goes is asked at each
/// attempt (<see cref="IOutboxEndpoints"/>), so a corrected address or a new signing secret applies to what is waiting.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    /// <param name="notBefore">When it is first sent, if later than now (a reminder).</param>
    public OutboxMessage(string kind, string recipient, string body, DateTimeOffset now, DateTimeOffset? notBefore = null)
    {
        Kind = kind;
        Recipient = recipient;
        Body = body;
        CreatedAt = now;
        NextAttemptAt = notBefore is { } later && later > now ? later : now;
    }

    public long Id { get; private set; }

    /// <summary>What it is, e.g. <c>case-status</c>; it chooses who resolves the recipient.</summary>
    public string Kind { get; private set; } = "";

    /// <summary>Who it is for, in the kind's own terms (an integration client's id, a phone number's key, …).</summary>
    public string Recipient { get; private set; } = "";

    /// <summary>The JSON sent, exactly as signed.</summary>
    public string Body { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public OutboxState State { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>Claimed by a delivery run until then (a concurrency token: two runs never send the same message).</summary>
    public DateTimeOffset? LeaseUntil { get; private set; }

    internal void Delivered(DateTimeOffset at)
    {
        Attempts++;
        State = OutboxState.Delivered;
        DeliveredAt = at;
        LastError = null;
        LeaseUntil = null;
    }

    /// <summary>A failed attempt: tried again later, or given up after <paramref name="maxAttempts"/>.</summary>
    internal void Failed(string error, DateTimeOffset at, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        LeaseUntil = null;
        if (Attempts >= maxAttempts)
        {
            State = OutboxState.Failed;
            return;
        }

        // 30 s, 1 min, 2 min, … at most an hour.
        NextAttemptAt = at + TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Attempts - 1)));
    }

    /// <summary>Sent again by the administrator (a failed message only): one more round of attempts from now.</summary>
    internal void Resend(DateTimeOffset now)
    {
        State = OutboxState.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        LeaseUntil = null;
    }
}

/// <summary>One attempt to deliver a message, kept for the administrator (SPEC §1.10: every attempt recorded).</summary>
public sealed class OutboxAttempt
{
    private OutboxAttempt() { }

    public OutboxAttempt(long messageId, DateTimeOffset at, int? statusCode, string? error, int milliseconds)
    {
        MessageId = messageId;
        At = at;
        StatusCode = statusCode;
        Error = error is { Length: > 1000 } ? error[..1000] : error;
        Milliseconds = milliseconds;
    }

    public long Id { get; private set; }
    public long MessageId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? StatusCode { get; private set; }
    public string? Error { get; private set; }
    public int Milliseconds { get; private set; }
    public bool Succeeded => StatusCode is >= 200 and < 300;
}

/// <summary>Where a message goes and the secret it is signed with, resolved at each attempt by the module that wrote it;
/// null when it has nowhere to go (then the message fails, visibly).</summary>
public interface IOutboxEndpoints
{
    string Kind { get; }

    Task<OutboxEndpoint?> ResolveAsync(OutboxMessage message, CancellationToken ct);
}

public sealed record OutboxEndpoint(Uri Url, string SigningSecret);
