using Xinfang.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

public sealed record EditUnitRequest(string? Name, UnitKind? Kind, int? ParentId = null, int? RegionId = null);

/// <summary>修改单位: name, kind, parent and township. Once cases were dispatched to a unit its kind and township
/// stay, because the townships' data scopes were settled from them when the cases were dispatched.</summary>
public sealed class EditUnit(XinfangDbContext db, OrganisationDirectory directory, IUnitCaseHistory history, AdminQueries queries)
{
    public async Task<Result<UnitAdminView>> HandleAsync(int id, EditUnitRequest request, Actor actor, CancellationToken ct = default)
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

        var name = UnitRules.Trimmed(request.Name);
        var errors = new List<Error>();
        await UnitRules.ValidateFieldsAsync(db, unit, name, request.Kind, request.ParentId, request.RegionId, errors, ct);
        var scopeChanges = request.Kind != unit.Kind || request.RegionId != unit.RegionId;
        if (errors.Count == 0 && scopeChanges && await history.HasHandledCasesAsync(id, ct))
        {
            errors.Add(Error.Validation(request.Kind != unit.Kind ? "kind" : "regionId", "unit.in_use",
                "该单位已承办过信访事项，不能再更改单位类别或所属乡镇（街道）；如机构调整，请新增单位并停用本单位。"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<UnitAdminView>([.. errors]);
        }

        unit.Edit(name!, request.Kind!.Value, request.ParentId, request.RegionId);
        if (scopeChanges)
        {
            // The data scope signed into its users' sessions changed: they sign in again.
            foreach (var user in await db.Users.Where(u => u.UnitId == id).ToListAsync(ct))
            {
                user.SecurityStamp = Guid.NewGuid().ToString("N");
            }
        }

        await db.SaveChangesAsync(ct);
        directory.Invalidate();
        return await queries.UnitAsync(actor, unit.Id, ct);
    }
}
