using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Knowledge;

namespace Xinfang.Core.Notifications.Features;

/// <summary>A published knowledge entry past its review date reminds its owning unit's writers and head, once per review
/// date (a review sets a new date, which is reminded in its turn).</summary>
public sealed class NotifyKnowledgeReviews(XinfangDbContext db, TimeProvider clock, Notifier notifier)
{
    private static readonly string[] Owners = [Roles.Handler, Roles.UnitHead, Roles.Registrar, Roles.Dispatcher, Roles.Supervisor];

    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var stale = await db.KnowledgeEntries.AsNoTracking()
            .Where(e => e.PublishedVersion != null && e.Status != KnowledgeStatus.Withdrawn && e.ReviewBy < today)
            .Select(e => new { e.Id, e.OwnerUnitId, Title = e.PublishedTitle ?? e.Title, e.ReviewBy })
            .ToListAsync(ct);
        var keyed = stale.Select(e => (Entry: e, Key: $"KnowledgeReview:{e.Id}:{e.ReviewBy:yyyyMMdd}")).ToList();
        var told = await notifier.ToldAsync([.. keyed.Select(k => k.Key)], ct);
        var added = 0;
        foreach (var (e, key) in keyed)
        {
            added += notifier.AddOnce(await notifier.UsersAsync(e.OwnerUnitId, Owners, ct), NotificationKind.KnowledgeReview, $"知识库条目待复核：{e.Title}",
                $"“{e.Title}”的复核日期{e.ReviewBy:yyyy年M月d日}已过，请核实内容是否仍然有效，修改或确认后重新送审。", $"/knowledge/{e.Id}", null, key, told);
        }

        await db.SaveChangesAsync(ct);
        return added;
    }
}
