using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using static Xinfang.Core.Identity.Roles;

namespace Xinfang.Core.Supervision;

/// <summary>Who may do what on the ledger, and which entries each data scope sees (SPEC §1.11): the bureau and
/// leaders see the whole ledger; a township sees the entries in its area or owned by its units; another unit the
/// entries it is responsible for.</summary>
public static class LedgerAccess
{
    private static readonly string[] Readers = [Registrar, Dispatcher, Handler, UnitHead, Supervisor, Leader, Admin];
    private static readonly string[] Commenters = [Leader, Supervisor];

    public static bool CanRead(Actor actor) => actor.IsInAny(Readers);

    /// <summary>Create, edit, report progress, link cases, create campaigns: the supervisors' work ("督办员").</summary>
    public static bool CanManage(Actor actor) => actor.IsIn(Supervisor);

    public static bool CanComment(Actor actor) => actor.IsInAny(Commenters);

    public static IQueryable<KeyIssue> VisibleTo(this IQueryable<KeyIssue> issues, DataScope scope, OrganisationDirectory.Snapshot names)
    {
        switch (scope.Kind)
        {
            case DataScopeKind.District:
                return issues;
            case DataScopeKind.Township:
                var units = UnitsIn(scope.RegionId, names);
                return issues.Where(i => i.RegionId == scope.RegionId || units.Contains(i.UnitId));
            default:
                return issues.Where(i => i.UnitId == scope.UnitId);
        }
    }

    public static bool CanSee(this DataScope scope, KeyIssue issue, OrganisationDirectory.Snapshot names) => scope.Kind switch
    {
        DataScopeKind.District => true,
        DataScopeKind.Township => issue.RegionId == scope.RegionId || UnitsIn(scope.RegionId, names).Contains(issue.UnitId),
        _ => issue.UnitId == scope.UnitId,
    };

    private static List<int> UnitsIn(int? regionId, OrganisationDirectory.Snapshot names) =>
        names.Units.Values.Where(u => u.RegionId == regionId).Select(u => u.Id).ToList();
}
