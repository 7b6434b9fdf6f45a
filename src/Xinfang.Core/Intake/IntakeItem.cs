using Xinfang.Core.Cases;

namespace Xinfang.Core.Intake;

/// <summary>One matter as an external channel handed it over: its own id there, the client (none when a person imported
/// the channel's file), the case it became. The
/// pair (channel, external id) is unique in the database, so a re-sent item — even two copies racing — finds the case
/// the first made instead of registering it again.</summary>
public sealed class IntakeItem
{
    private IntakeItem() { }

    public IntakeItem(Channel channel, string externalId, int? clientId, Guid caseId, string caseNumber, DateTimeOffset at)
    {
        Channel = channel;
        ExternalId = externalId;
        ClientId = clientId;
        CaseId = caseId;
        CaseNumber = caseNumber;
        At = at;
    }

    public long Id { get; private set; }
    public Channel Channel { get; private set; }
    public string ExternalId { get; private set; } = "";
    public int? ClientId { get; private set; }
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}
