using Xinfang.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

/// <summary>停用 / 启用单位. A unit is never deleted, as cases refer to it: a deactivated one is no longer offered
/// for dispatch, and the cases it handled still show its name. Its people keep their accounts and can finish the
/// cases they hold; move or deactivate them separately.</summary>
public sealed class SetUnitActive(XinfangDbContext db, OrganisationDirectory directory, AdminQueries queries)
{
    public async Task<Result<UnitAdminView>> HandleAsync(int id, bool active, Actor actor, CancellationToken ct = default)
    {
        if (AdminAccess.Check(actor) is { } denied)
        {
            return denied;
        }

        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return Error.NotFound("unit.not_found", $"单位 {id} 不存在。");
        }

        if (!active && unit.Kind == UnitKind.Bureau)
        {
            return Error.Rule("unit.bureau_always_active", "信访局不能停用。");
        }

        if (unit.IsActive != active)
        {
            unit.SetActive(active);
            await db.SaveChangesAsync(ct);
            directory.Invalidate();
        }

        return await queries.UnitAsync(actor, unit.Id, ct);
    }
}
