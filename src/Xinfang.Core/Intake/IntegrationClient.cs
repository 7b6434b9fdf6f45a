using Xinfang.Core.Cases;
using Xinfang.Core.Data;

namespace Xinfang.Core.Intake;

/// <summary>What an integration client may do with its key.</summary>
[Flags]
public enum IntegrationPermissions
{
    None = 0,
    /// <summary>Hand over matters (POST /api/intake, /api/intake/batch).</summary>
    Register = 1,
    /// <summary>Read back the status of the matters it handed over.</summary>
    ReadStatus = 2,
    /// <summary>The telephone exchange: push live call events (POST /api/hotline/events).</summary>
    CallEvents = 4,
}

/// <summary>An external system that hands matters to the district (12345, the provincial online system, a leader's
/// mailbox, …), registered by the administrator (SPEC §1.1 "Connectors"). It acts with an API key of its own, never as
/// a person; only a hash of the key is kept. Never deleted: the cases and the audit trail name it.</summary>
public sealed class IntegrationClient
{
    private IntegrationClient() { }

    public IntegrationClient(string name, Channel channel, IntegrationPermissions permissions, string? outboundUrl, string? signingSecret,
        ApiKey key, DateTimeOffset now)
    {
        Name = name;
        Channel = channel;
        Permissions = permissions;
        OutboundUrl = outboundUrl;
        SigningSecret = signingSecret;
        CreatedAt = now;
        UseKey(key, now);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public Channel Channel { get; private set; }
    public IntegrationPermissions Permissions { get; private set; }

    /// <summary>Where status messages go back (an HTTPS endpoint of the external system).</summary>
    public string? OutboundUrl { get; private set; }

    /// <summary>The secret status messages are signed with (HMAC-SHA256), shown to the administrator for the receiver.</summary>
    [EncryptedAtRest]
    public string? SigningSecret { get; private set; }

    /// <summary>The key's public part, by which a request's key is found.</summary>
    public string KeyPrefix { get; private set; } = "";

    /// <summary>SHA-256 of the whole key (hex); the key itself is shown once and never stored.</summary>
    public string KeyHash { get; private set; } = "";
    public DateTimeOffset KeyIssuedAt { get; private set; }
    public bool IsActive { get; private set; } = true;
    public DateTimeOffset CreatedAt { get; private set; }

    public bool May(IntegrationPermissions permission) => IsActive && Permissions.HasFlag(permission);

    /// <summary>The old key stops working at once.</summary>
    public void UseKey(ApiKey key, DateTimeOffset now)
    {
        KeyPrefix = key.Prefix;
        KeyHash = key.Hash;
        KeyIssuedAt = now;
    }

    public void Change(string name, Channel channel, IntegrationPermissions permissions, string? outboundUrl, string? signingSecret)
    {
        Name = name;
        Channel = channel;
        Permissions = permissions;
        OutboundUrl = outboundUrl;
        SigningSecret = signingSecret;
    }

    public void SetActive(bool active) => IsActive = active;
}
