namespace Xinfang.Core.Portal;

/// <summary>How a petitioner reaches their own matter on the portal: its query code, kept only as a keyed hash (the
/// code itself is shown once and sent by text message). For a matter filed on the portal, the phone and address hashes
/// count submissions for the rate limits; a matter from another channel has neither.</summary>
public sealed class PortalAccess
{
    private PortalAccess() { }

    public PortalAccess(Guid caseId, string queryCodeHash, string? phoneHash, string? addressHash, DateTimeOffset now)
    {
        CaseId = caseId;
        QueryCodeHash = queryCodeHash;
        PhoneHash = phoneHash;
        AddressHash = addressHash;
        CreatedAt = now;
    }

    public Guid CaseId { get; private set; }
    public string QueryCodeHash { get; private set; } = "";
    public string? PhoneHash { get; private set; }
    public string? AddressHash { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
