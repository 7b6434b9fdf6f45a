using Xinfang.Core.Cases;

namespace Xinfang.Core.Intake;

/// <summary>Through which interface a channel's matter came in.</summary>
public enum IntakeVia
{
    Api,     // POST /api/intake
    File,    // the channel's export file
    Open311, // POST /open311/v2/requests
}

/// <summary>How a matter came in, beyond its channel: the interface, and what an Open311 request carries besides the
/// matter itself (the submitter's consent to publish the description, the location as written, a picture's address,
/// the service asked for).</summary>
public sealed record IntakeSource(IntakeVia Via, bool Publish = false, string? Address = null, string? MediaUrl = null, string? ServiceCode = null)
{
    public static IntakeSource Api { get; } = new(IntakeVia.Api);
    public static IntakeSource File { get; } = new(IntakeVia.File);
}

/// <summary>One matter as an external channel handed it over: its own id there, the client (none when a person imported
/// the channel's file), the case it became. The
/// pair (channel, external id) is unique in the database, so a re-sent item — even two copies racing — finds the case
/// the first made instead of registering it again.</summary>
public sealed class IntakeItem
{
    private IntakeItem() { }

    public IntakeItem(Channel channel, string externalId, int? clientId, Guid caseId, string caseNumber, DateTimeOffset at, IntakeSource source)
    {
        Channel = channel;
        ExternalId = externalId;
        ClientId = clientId;
        CaseId = caseId;
        CaseNumber = caseNumber;
        At = at;
        Via = source.Via;
        Publish = source.Publish;
        Address = source.Address;
        MediaUrl = source.MediaUrl;
        ServiceCode = source.ServiceCode;
    }

    public long Id { get; private set; }
    public Channel Channel { get; private set; }
    public string ExternalId { get; private set; } = "";
    public int? ClientId { get; private set; }
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public IntakeVia Via { get; private set; }

    /// <summary>The submitter agreed that the description may be read by anyone (Open311 <c>attribute[publish]</c>).</summary>
    public bool Publish { get; private set; }

    /// <summary>Where the matter is, as the submitter wrote it (Open311 <c>address_string</c>).</summary>
    public string? Address { get; private set; }
    public string? MediaUrl { get; private set; }
    public string? ServiceCode { get; private set; }
}
