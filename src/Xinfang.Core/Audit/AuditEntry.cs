namespace Xinfang.Core.Audit;

/// <summary>One append-only line of the audit trail: a change to stored data, or a read of personal data.
/// The database refuses updates and deletes of this table (triggers in both migration sets), and each
/// line carries a keyed hash of its content so that editing it outside the application is detectable.</summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, int userId, string userName, string action, string entityType, string? entityId, string? before, string? after)
    {
        At = at;
        UserId = userId;
        UserName = userName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Before = before;
        After = after;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int UserId { get; private set; }
    public string UserName { get; private set; } = "";

    /// <summary>Added / Modified / Deleted / ReadPersonalData / …</summary>
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string? EntityId { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }
    public string Seal { get; private set; } = "";

    internal string Canonical() => string.Join('\u001f', At.ToUnixTimeMilliseconds(), UserId, UserName, Action, EntityType, EntityId, Before, After);

    internal void SealWith(string seal) => Seal = seal;
}
