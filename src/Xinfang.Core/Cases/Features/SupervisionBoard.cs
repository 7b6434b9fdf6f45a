using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Calendar;

namespace Xinfang.Core.Cases.Features;

public sealed record UnitDeadlines(int UnitId, string Unit, int DueSoon, int Overdue, int? MaxDaysOverdue);

/// <summary>督办: open cases near or past their deadline, by lead unit, worst first.</summary>
public sealed class SupervisionBoard(XinfangDbContext db, TimeProvider clock, DeadlinePolicy policy, OrganisationDirectory directory)
{
    public async Task<IReadOnlyList<UnitDeadlines>> HandleAsync(Actor actor, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var visible = db.Cases.AsNoTracking().VisibleTo(actor.Scope);
        var overdue = await CaseQueues.OverdueByLeadUnit(visible, now).ToDictionaryAsync(x => x.UnitId, ct);
        var dueSoon = await visible.Where(c => c.LeadUnitId != null).Where(Deadlines.DueSoon<Case>(now, policy.Settings.DueSoonDays))
            .GroupBy(c => c.LeadUnitId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var names = await directory.GetAsync(ct);
        return overdue.Keys.Union(dueSoon.Keys)
            .Select(unit => overdue.TryGetValue(unit, out var late)
                ? new UnitDeadlines(unit, names.UnitName(unit) ?? "—", dueSoon.GetValueOrDefault(unit), late.Count, today.DayNumber - late.Earliest.DayNumber)
                : new UnitDeadlines(unit, names.UnitName(unit) ?? "—", dueSoon[unit], 0, null))
            .OrderByDescending(r => r.Overdue).ThenByDescending(r => r.DueSoon)
            .ToList();
    }
}
