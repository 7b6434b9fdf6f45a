using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Calendar;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Cases.Features;

/// <summary>One of a unit's people and the open cases assigned to them: how many, how many overdue.</summary>
public sealed record HandlerLoad(int UserId, string Name, int Open, int Overdue);

/// <summary>The people a unit can assign its cases to, each with their load (SPEC §1.11): the unit's own staff see their unit;
/// the district-wide staff any unit. The first row of "尚未指派" is left to the queue: this lists people.</summary>
public sealed class HandlerLoads(XinfangDbContext db, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<HandlerLoad>>> HandleAsync(int? unitId, Actor actor, CancellationToken ct = default)
    {
        var unit = unitId ?? actor.UnitId;
        if (actor.Scope.Kind != DataScopeKind.District && unit != actor.UnitId)
        {
            return Error.Forbidden("case.handlers_forbidden", "只能查看本单位承办人的工作量。");
        }

        if (!actor.IsInAny([Roles.UnitHead, Roles.Dispatcher, Roles.Handler, Roles.Supervisor, Roles.Leader, Roles.Admin]))
        {
            return Error.Forbidden("case.handlers_forbidden", "您的角色不能查看承办人工作量。");
        }

        var people = await UnitHandlers.ListAsync(db, unit, ct);
        var now = clock.GetUtcNow();
        var open = CaseTransitions.OpenStates.ToArray();
        var rows = db.Set<CaseUnit>().AsNoTracking()
            .Where(u => u.UnitId == unit && u.IsCurrent && u.AssigneeUserId != null && open.Contains(u.CaseStatus));
        var counts = await rows.GroupBy(u => u.AssigneeUserId!.Value).Select(g => new { UserId = g.Key, Open = g.Count() }).ToListAsync(ct);
        var overdue = await rows.Where(Deadlines.Overdue<CaseUnit>(now)).GroupBy(u => u.AssigneeUserId!.Value)
            .Select(g => new { UserId = g.Key, Count = g.Count() }).ToListAsync(ct);
        return people.Select(p => new HandlerLoad(p.UserId, p.Name, counts.FirstOrDefault(c => c.UserId == p.UserId)?.Open ?? 0,
            overdue.FirstOrDefault(c => c.UserId == p.UserId)?.Count ?? 0)).ToList();
    }
}
