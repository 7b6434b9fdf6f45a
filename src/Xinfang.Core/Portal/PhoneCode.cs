namespace Xinfang.Core.Portal;

/// <summary>A confirmation code sent to a phone before a submission is accepted (the portal's anti-abuse step instead
/// of a CAPTCHA). Only keyed hashes are kept; it expires, allows a few wrong tries and is used once.</summary>
public sealed class PhoneCode
{
    private PhoneCode() { }

    public PhoneCode(string phoneHash, string codeHash, string? addressHash, DateTimeOffset now, TimeSpan validFor)
    {
        PhoneHash = phoneHash;
        CodeHash = codeHash;
        AddressHash = addressHash;
        CreatedAt = now;
        ExpiresAt = now + validFor;
    }

    public long Id { get; private set; }
    public string PhoneHash { get; private set; } = "";
    public string CodeHash { get; private set; } = "";
    public string? AddressHash { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public int FailedTries { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public bool IsUsable(DateTimeOffset now, int maxTries) => UsedAt is null && now < ExpiresAt && FailedTries < maxTries;

    internal void Failed() => FailedTries++;

    internal void Use(DateTimeOffset now) => UsedAt = now;
}
