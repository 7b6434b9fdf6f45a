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
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var withLead = db.Cases.AsNoTracking().VisibleTo(actor.Scope).Where(c => c.LeadUnitId != null);
        var overdue = await withLead.Where(Deadlines.Overdue<Case>(now))
            .GroupBy(c => c.LeadUnitId)
            .Select(g => new { g.Key, Count = g.Count(), Earliest = g.Min(c => c.DueDate) })
            .ToDictionaryAsync(x => x.Key!.Value, ct);
        var dueSoon = await withLead.Where(Deadlines.DueSoon<Case>(now, policy.Settings.DueSoonDays))
            .GroupBy(c => c.LeadUnitId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key!.Value, x => x.Count, ct);
        var rows = overdue.Keys.Union(dueSoon.Keys).Select(unit => new
        {
            Key = (int?)unit,
            Overdue = overdue.TryGetValue(unit, out var late) ? late.Count : 0,
            DueSoon = dueSoon.GetValueOrDefault(unit),
            Earliest = late?.Earliest,
        });
        var names = await directory.GetAsync(db, ct);
        return rows
            .Select(r => new UnitDeadlines(r.Key!.Value, names.UnitName(r.Key) ?? "—", r.DueSoon, r.Overdue,
                r.Overdue > 0 ? today.DayNumber - r.Earliest!.Value.DayNumber : null))
            .OrderByDescending(r => r.Overdue).ThenByDescending(r => r.DueSoon)
            .ToList();
    }
}
