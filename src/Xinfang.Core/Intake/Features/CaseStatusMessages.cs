using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Outbox;

namespace Xinfang.Core.Intake.Features;

/// <summary>The status message a channel receives about a matter it handed over (POSTed to its outbound address,
/// signed): no personal data; the reply's text with a reply, as the petitioner receives it through that channel.</summary>
public sealed record CaseStatusMessage(string CaseNumber, string ExternalId, string Channel, string Step, string Status, string StatusName,
    DateTimeOffset At, string? Reply);

/// <summary>
/// 状态回传: when a matter from an external channel is accepted, refused, replied, closed or reopened, a status
/// message for that channel's client goes into the outbox in the same transaction as the step (nothing is lost if the
/// receiver is down); the outbox delivers it to the client's current address, signed with its current secret.
/// </summary>
public sealed class CaseStatusMessages(XinfangDbContext db, TimeProvider clock) : ICaseStepObserver, IOutboxEndpoints
{
    public const string MessageKind = "case-status";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Kind => MessageKind;

    public async Task StepTakenAsync(Case @case, CaseAction action, CaseStatus before, CancellationToken ct)
    {
        if (!Reports(action, before, @case.Status) || @case.Channel is Channel.Letter or Channel.Visit or Channel.VideoVisit)
        {
            return;
        }

        var item = await db.IntakeItems.AsNoTracking().FirstOrDefaultAsync(i => i.CaseId == @case.Id, ct);
        if (item?.ClientId is not { } clientId
            || !await db.IntegrationClients.AnyAsync(c => c.Id == clientId && c.OutboundUrl != null, ct))
        {
            return; // imported from a file, or a client that takes no status back
        }

        var now = clock.GetUtcNow();
        var reply = @case.Status == CaseStatus.Replied ? ReplyText(@case) : null;
        var message = new CaseStatusMessage(@case.Number, item.ExternalId, @case.Channel.ToString(), KebabCase.Of(action),
            KebabCase.Of(@case.Status), CaseNames.Of(@case.Status), now, reply);
        db.OutboxMessages.Add(new OutboxMessage(MessageKind, clientId.ToString(CultureInfo.InvariantCulture), JsonSerializer.Serialize(message, Json), now));
    }

    public async Task<OutboxEndpoint?> ResolveAsync(OutboxMessage message, CancellationToken ct)
    {
        if (!int.TryParse(message.Recipient, CultureInfo.InvariantCulture, out var clientId))
        {
            return null;
        }

        var client = await db.IntegrationClients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == clientId, ct);
        return client is { IsActive: true, OutboundUrl: { } url, SigningSecret: { } secret } && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? new OutboxEndpoint(uri, secret)
            : null;
    }

    /// <summary>The steps a channel is told of: acceptance, refusal, the reply (also an assigned matter's result once the
    /// bureau approves it), closure and reopening (and any other step that ends the matter).</summary>
    public static bool Reports(CaseAction action, CaseStatus before, CaseStatus after) =>
        before != after && (action is CaseAction.Accept or CaseAction.Refuse or CaseAction.Reply or CaseAction.Close or CaseAction.Reopen
            || after is CaseStatus.Replied or CaseStatus.Closed or CaseStatus.NotAccepted or CaseStatus.Final or CaseStatus.Merged);

    /// <summary>The written reply the petitioner receives: the latest reply or reported result.</summary>
    private static string? ReplyText(Case @case) =>
        @case.Events.Where(e => e.Action is nameof(CaseAction.Reply) or nameof(CaseAction.ReportResult))
            .OrderBy(e => e.At).LastOrDefault() is { } step ? step.DocumentText ?? step.Note : null;
}
