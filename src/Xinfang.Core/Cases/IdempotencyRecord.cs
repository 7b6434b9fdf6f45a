namespace Xinfang.Core.Cases;

/// <summary>Remembers a client's Idempotency-Key so that a retried registration returns the first result.</summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord() { }

    public IdempotencyRecord(string clientKey, string userName, string requestHash, Guid caseId, DateTimeOffset createdAt)
    {
        ClientKey = clientKey;
        UserName = userName;
        RequestHash = requestHash;
        CaseId = caseId;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }
    public string ClientKey { get; private set; } = "";
    public string UserName { get; private set; } = "";
    public string RequestHash { get; private set; } = "";
    public Guid CaseId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
