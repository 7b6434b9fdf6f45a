using Xinfang.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

public sealed record CreateUnitRequest(string? Code, string? Name, UnitKind? Kind, int? ParentId = null, int? RegionId = null);

/// <summary>新增单位: a unit with a unique code and name; a township government belongs to its township.</summary>
public sealed class CreateUnit(XinfangDbContext db, OrganisationDirectory directory, AdminQueries queries)
{
    public async Task<Result<UnitAdminView>> HandleAsync(CreateUnitRequest request, Actor actor, CancellationToken ct = default)
    {
        if (AdminAccess.Check(actor) is { } denied)
        {
            return denied;
        }

        var code = UnitRules.NormaliseCode(request.Code);
        var name = UnitRules.Trimmed(request.Name);
        var errors = new List<Error>();
        await UnitRules.ValidateCodeAsync(db, code, errors, ct);
        await UnitRules.ValidateFieldsAsync(db, null, name, request.Kind, request.ParentId, request.RegionId, errors, ct);
        if (errors.Count > 0)
        {
            return Result.Failure<UnitAdminView>([.. errors]);
        }

        var unit = new Unit(code!, name!, request.Kind!.Value, request.ParentId, request.RegionId);
        db.Units.Add(unit);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another administrator took the code between the check and the insert: the unique index said no.
            return UnitRules.CodeTaken(code!);
        }

        directory.Invalidate();
        return await queries.UnitAsync(actor, unit.Id, ct);
    }
}
