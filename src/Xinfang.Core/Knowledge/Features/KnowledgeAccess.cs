using Xinfang.Core.Identity;

namespace Xinfang.Core.Knowledge.Features;

/// <summary>Who may do what with an entry: the owning unit's staff write and revise it, its head (or the administrator)
/// approves, returns and withdraws; every staff member reads what is published.</summary>
public static class KnowledgeAccess
{
    public static readonly IReadOnlyList<string> Writers = [Roles.Registrar, Roles.Dispatcher, Roles.Handler, Roles.UnitHead, Roles.Supervisor, Roles.Admin];

    public static bool MayRead(Actor actor) => !actor.IsInAny([Roles.Citizen, Roles.Integration]);

    public static bool MayWrite(Actor actor) => actor.IsInAny(Writers);

    public static bool MayEdit(Actor actor, KnowledgeEntry entry) => MayEdit(actor, entry.OwnerUnitId);

    public static bool MayEdit(Actor actor, int ownerUnitId) =>
        actor.IsIn(Roles.Admin) || (actor.IsInAny(Writers) && actor.UnitId == ownerUnitId);

    public static bool MayApprove(Actor actor, KnowledgeEntry entry) =>
        actor.IsIn(Roles.Admin) || (actor.IsIn(Roles.UnitHead) && actor.UnitId == entry.OwnerUnitId);
}
