using Xinfang.Core.Cases;
using Xinfang.Core.Data;
using Xinfang.Core.Messages;
using Xinfang.Core.Messages.Features;

namespace Xinfang.Core.Portal.Features;

/// <summary>
/// 登记告知: a matter registered from any channel — a letter, a visit, a call, an external system — tells its petitioner
/// the case number and a query code by text message, so that they can follow it on the portal. The code is kept only
/// as a keyed hash; a petitioner without a mobile number or who opted out gets neither (their matter cannot be tracked
/// on the portal, as nobody could tell them the code). Matters filed on the portal itself get theirs there.
/// </summary>
public sealed class RegistrationTextMessages(XinfangDbContext db, TextMessageWriter writer, TimeProvider clock) : ICaseRegistrationObserver
{
    public async Task RegisteredAsync(IReadOnlyList<Case> cases, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var @case in cases)
        {
            if (@case.Channel == Channel.Portal || CaseTextMessages.Recipient(@case) is not { } phone)
            {
                continue;
            }

            var number = TextMessageWriter.Normalise(phone);
            var queryCode = PortalSecrets.NewQueryCode();
            db.PortalAccesses.Add(new PortalAccess(@case.Id, db.Protector.BlindIndex(queryCode)!, phoneHash: null, addressHash: null, now));
            await writer.QueueAsync(TextMessageKind.Registered, number, @case.Number, new Dictionary<string, string> { ["查询码"] = queryCode }, ct);
        }
    }
}
