using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Calendar;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Notifications.Features;

/// <summary>
/// 临期 and 超期 notifications, computed by the schedule: each running deadline that is due within the due-soon days, or
/// has passed, is told once to whoever holds the step — the lead unit's staff, or the bureau's dispatchers before a case
/// has one. Once per step and deadline (a day limit, or an urgent matter's hour limit): the key names the case, the step
/// and the deadline, so a second run, or a second instance, adds nothing, while a new step or an extended deadline is told
/// again. The petitioner's own periods (to request a review) are not staff work and are left out.
/// </summary>
public sealed class NotifyDeadlines(XinfangDbContext db, TimeProvider clock, DeadlinePolicy policy, Notifier notifier)
{
    private const int BatchSize = 500;
    private static readonly DeadlineStep?[] PetitionersPeriods = [DeadlineStep.ReviewRequest, DeadlineStep.ReReviewRequest];

    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var soonDays = policy.Settings.DueSoonDays;
        var horizon = ChinaTime.DateOf(now).AddDays(soonDays);
        var running = await db.Set<Case>().AsNoTracking()
            .Where(c => c.DueDate != null && c.DueDate <= horizon && !PetitionersPeriods.Contains(c.DueStep))
            .Select(c => new { c.Id, c.Number, c.Subject, c.DueStep, c.DueDate, c.DueAt, c.LeadUnitId })
            .ToListAsync(ct);
        var pressing = running.Select(c => (Case: c, State: Deadlines.StateOf(c.DueDate, c.DueAt, now, soonDays)))
            .Where(p => p.State is DueState.DueSoon or DueState.Overdue)
            .Select(p => (p.Case, p.State, Key: $"{p.State}:{p.Case.Id:N}:{p.Case.DueStep}:{p.Case.DueDate:yyyyMMdd}{(p.Case.DueAt is { } exact ? $":{exact.UtcTicks}" : "")}"))
            .ToList();
        var told = await notifier.ToldAsync([.. pressing.Select(p => p.Key)], ct);
        var recipients = new Dictionary<int, IReadOnlyList<int>>();
        IReadOnlyList<int>? dispatchers = null;
        var added = 0;
        var inBatch = 0;
        foreach (var (c, state, key) in pressing)
        {
            // Saved in batches: a first run over a large register tells tens of thousands of deadlines.
            if (++inBatch == BatchSize)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                inBatch = 0;
            }

            var users = c.LeadUnitId is { } unit
                ? recipients.TryGetValue(unit, out var staff) ? staff : recipients[unit] = await notifier.UsersAsync(unit, Notifier.UnitStaff, ct)
                : dispatchers ??= await notifier.UsersAsync(null, [Roles.Dispatcher], ct);
            var step = c.DueStep is { } s ? DeadlineStepNames.Of(s) : "当前环节";
            var deadline = c.DueAt is { } at ? $"{at.ToOffset(ChinaTime.Offset):yyyy年M月d日 HH:mm}" : $"{c.DueDate:yyyy年M月d日}";
            var kind = state == DueState.Overdue ? NotificationKind.Overdue : NotificationKind.DueSoon;
            added += notifier.AddOnce(users, kind, $"{(kind == NotificationKind.Overdue ? "已超期" : "临期")}：{c.Number}（{step}）",
                $"{c.Number}　{c.Subject}。{step}期限为{deadline}{(kind == NotificationKind.Overdue ? "，已超期" : "")}。", $"/cases/{c.Number}", c.Id, key, told);
        }

        await db.SaveChangesAsync(ct);
        return added;
    }
}
