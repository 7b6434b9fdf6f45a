using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Cases;

/// <summary>Data scope on the server (SPEC §1.11): a unit sees what was dispatched to it (lead or co-unit),
/// a township what was dispatched to its units, the bureau and leaders everything.</summary>
public static class CaseScope
{
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, DataScope scope) => scope.Kind switch
    {
        DataScopeKind.District => cases,
        DataScopeKind.Township => cases.Where(c => c.Units.Any(u => u.IsCurrent && u.RegionId == scope.RegionId)),
        _ => cases.Where(c => c.Units.Any(u => u.IsCurrent && u.UnitId == scope.UnitId)),
    };

    /// <summary>The same scope on the units' copies, one row per case (a township's is the row marked
    /// <see cref="CaseUnit.CountsForTownship"/>), so a unit's or a township's queues and rates are read from
    /// CaseUnits' own indexes; null district-wide, where the cases themselves are read.</summary>
    public static IQueryable<CaseUnit>? UnitRows(XinfangDbContext db, DataScope scope) => scope.Kind switch
    {
        DataScopeKind.District => null,
        DataScopeKind.Township => db.CaseUnits.AsNoTracking().Where(u => u.RegionId == scope.RegionId && u.CountsForTownship),
        _ => db.CaseUnits.AsNoTracking().Where(u => u.UnitId == scope.UnitId && u.IsCurrent),
    };

    public static bool CanSee(this DataScope scope, Case @case) => scope.Kind switch
    {
        DataScopeKind.District => true,
        DataScopeKind.Township => @case.Units.Any(u => u.IsCurrent && u.RegionId == scope.RegionId),
        _ => @case.Units.Any(u => u.IsCurrent && u.UnitId == scope.UnitId),
    };
}
