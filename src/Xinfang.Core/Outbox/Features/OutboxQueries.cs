using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Outbox.Features;

public sealed record OutboxAttemptView(DateTimeOffset At, int? StatusCode, string? Error, int Milliseconds);

public sealed record OutboxMessageView(long Id, string Kind, string Recipient, OutboxState State, int Attempts, DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt, DateTimeOffset? DeliveredAt, string? LastError, string Body, IReadOnlyList<OutboxAttemptView> AttemptLog);

/// <summary>What the administrator sees of the outbox — pending, failed, delivered messages with every attempt — and
/// sending a failed (or any undelivered) message again.</summary>
public sealed class OutboxQueries(XinfangDbContext db, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<OutboxMessageView>>> ListAsync(OutboxState? state, Actor actor, CancellationToken ct = default)
    {
        if (Forbidden(actor) is { } forbidden)
        {
            return forbidden;
        }

        var messages = await db.OutboxMessages.AsNoTracking().Where(m => state == null || m.State == state)
            .OrderByDescending(m => m.Id).Take(200).ToListAsync(ct);
        var ids = messages.Select(m => m.Id).ToList();
        var attempts = (await db.OutboxAttempts.AsNoTracking().Where(a => ids.Contains(a.MessageId)).ToListAsync(ct))
            .GroupBy(a => a.MessageId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.At).ThenBy(a => a.Id).ToList());
        return messages.Select(m => new OutboxMessageView(m.Id, m.Kind, m.Recipient, m.State, m.Attempts, m.CreatedAt, m.NextAttemptAt, m.DeliveredAt,
            m.LastError, m.Body,
            [.. attempts.GetValueOrDefault(m.Id, []).Select(a => new OutboxAttemptView(a.At, a.StatusCode, a.Error, a.Milliseconds))])).ToList();
    }

    public async Task<Result<OutboxState>> ResendAsync(long id, Actor actor, CancellationToken ct = default)
    {
        if (Forbidden(actor) is { } forbidden)
        {
            return forbidden;
        }

        if (await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } message)
        {
            return Error.NotFound("outbox.not_found", $"回传消息 {id} 不存在。");
        }

        if (message.State == OutboxState.Delivered)
        {
            return Error.Rule("outbox.already_delivered", "该消息已成功送达，不再重发。");
        }

        if (message.State == OutboxState.Pending)
        {
            return Error.Rule("outbox.still_pending", "该消息仍在按计划重试，无需重发。");
        }

        message.Resend(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return message.State;
    }

    private static Error? Forbidden(Actor actor) => actor.IsIn(Roles.Admin)
        ? null
        : Error.Forbidden("admin.forbidden", "只有管理员可以查看和重发回传消息。");
}
