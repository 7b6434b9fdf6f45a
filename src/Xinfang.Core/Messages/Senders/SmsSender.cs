using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Data;
using Xinfang.Core.Outbox;

namespace Xinfang.Core.Messages.Senders;

/// <summary>What every text-message sender does before it sends: opens the sealed envelope, and drops a rating
/// reminder whose matter was rated (or called back) meanwhile.</summary>
public abstract class SmsSender(XinfangDbContext db) : IOutboxSender
{
    public string Kind => SmsEnvelope.OutboxKind;

    public async Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var envelope = SmsEnvelope.Read(message.Body);
        if (envelope.RateCaseId is { } caseId
            && await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.Status).FirstOrDefaultAsync(ct) != CaseStatus.Replied)
        {
            return SendOutcome.NotNeeded("未发送：该事项已评价或已回访，不再提醒。");
        }

        return await DeliverAsync(message.Id, envelope.Open(db.Protector), ct);
    }

    protected abstract Task<SendOutcome> DeliverAsync(long messageId, SmsContent content, CancellationToken ct);
}
