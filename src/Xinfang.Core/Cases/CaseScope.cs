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

    public static bool CanSee(this DataScope scope, Case @case) => scope.Kind switch
    {
        DataScopeKind.District => true,
        DataScopeKind.Township => @case.Units.Any(u => u.IsCurrent && u.RegionId == scope.RegionId),
        _ => @case.Units.Any(u => u.IsCurrent && u.UnitId == scope.UnitId),
    };
}
