using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Cases.Features;

public sealed record UnitDeadlines(int UnitId, string Unit, int DueSoon, int Overdue, int? MaxDaysOverdue);

/// <summary>督办: open cases near or past their deadline, by lead unit, worst first.</summary>
public sealed class SupervisionBoard(XinfangDbContext db, TimeProvider clock, DeadlinePolicy policy, OrganisationDirectory directory)
{
    public async Task<IReadOnlyList<UnitDeadlines>> HandleAsync(Actor actor, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var soon = today.AddDays(policy.Settings.DueSoonDays);
        var rows = await db.Cases.AsNoTracking().VisibleTo(actor.Scope)
            .Where(c => c.DueDate <= soon && c.LeadUnitId != null)
            .GroupBy(c => c.LeadUnitId)
            .Select(g => new
            {
                g.Key,
                Overdue = g.Sum(c => c.DueDate < today ? 1 : 0),
                DueSoon = g.Sum(c => c.DueDate >= today ? 1 : 0),
                Earliest = g.Min(c => c.DueDate),
            })
            .ToListAsync(ct);
        var names = await directory.GetAsync(db, ct);
        return rows
            .Select(r => new UnitDeadlines(r.Key!.Value, names.UnitName(r.Key) ?? "—", r.DueSoon, r.Overdue,
                r.Overdue > 0 ? today.DayNumber - r.Earliest!.Value.DayNumber : null))
            .OrderByDescending(r => r.Overdue).ThenByDescending(r => r.DueSoon)
            .ToList();
    }
}
