using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Notifications.Features;

public sealed record NotificationView(long Id, NotificationKind Kind, string KindName, string Title, string Body, string Link, Guid? CaseId,
    DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public bool IsRead => ReadAt is not null;
}

/// <summary>A user's own notifications: the list (unread first when asked), the bell's count, marking as read.</summary>
public sealed class NotificationQueries(XinfangDbContext db, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    public async Task<Result<PagedList<NotificationView>>> ListAsync(Actor actor, bool unreadOnly = false, int page = 1, int pageSize = 20,
        CancellationToken ct = default)
    {
        if (page < 1 || page > 100_000)
        {
            return Error.Validation("page", "validation.range", "页码须在 1 至 100000 之间。");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            return Error.Validation("pageSize", "validation.range", $"每页条数须在 1 至 {MaxPageSize} 之间。");
        }

        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == actor.UserId);
        if (unreadOnly)
        {
            mine = mine.Where(n => n.ReadAt == null);
        }

        var total = await mine.CountAsync(ct);
        var items = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(ct);
        return new PagedList<NotificationView>(items.Select(View).ToList(), page, pageSize, total);
    }

    public Task<int> UnreadCountAsync(Actor actor, CancellationToken ct = default) =>
        db.Notifications.CountAsync(n => n.UserId == actor.UserId && n.ReadAt == null, ct);

    /// <summary>Another user's notification is not found (its existence is not revealed).</summary>
    public async Task<Result<NotificationView>> MarkReadAsync(long id, Actor actor, CancellationToken ct = default)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == actor.UserId, ct);
        if (notification is null)
        {
            return Error.NotFound("notification.not_found", "没有这条通知。");
        }

        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return View(notification);
    }

    public async Task<int> MarkAllReadAsync(Actor actor, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return await db.Notifications.Where(n => n.UserId == actor.UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    private static NotificationView View(Notification n) =>
        new(n.Id, n.Kind, NotificationNames.Of(n.Kind), n.Title, n.Body, n.Link, n.CaseId, n.CreatedAt, n.ReadAt);
}
