namespace Xinfang.Core.Outbox;

/// <summary>A kind of message that is not POSTed to a signed endpoint but handed to a sender of its own (a text
/// message to an SMS gateway, a file for development). The sender says how the attempt went; the outbox records it,
/// retries and never sends a delivered message again, as for every other kind.</summary>
public interface IOutboxSender
{
    string Kind { get; }

    Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>How one attempt went: <paramref name="Error"/> null means the receiver took the message;
/// <paramref name="Skipped"/> means it need not be sent any more (a reminder of what was done meanwhile): it is settled
/// like a delivered message, and the attempt says why nothing was sent.</summary>
public sealed record SendOutcome(int? StatusCode, string? Error, bool Skipped = false)
{
    public static SendOutcome NotNeeded(string reason) => new(null, reason, Skipped: true);

    public static SendOutcome Taken(int? statusCode = null) => new(statusCode, null);

    public static SendOutcome Refused(string error, int? statusCode = null) => new(statusCode, error);
}
