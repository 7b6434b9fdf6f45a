using Xinfang.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

public sealed record RenameRegionRequest(string? Name);

/// <summary>重命名区划 (a township renamed a street, villages merged under a new name): cases filed under the place
/// show the new name from then on; the audit trail keeps the old one.</summary>
public sealed class RenameRegion(XinfangDbContext db, OrganisationDirectory directory)
{
    public async Task<Result<RegionAdminView>> HandleAsync(int id, RenameRegionRequest request, Actor actor, CancellationToken ct = default)
    {
        if (AdminAccess.Check(actor) is { } denied)
        {
            return denied;
        }

        var region = await db.Regions.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (region is null)
        {
            return RegionRules.NotFound(id);
        }

        var name = UnitRules.Trimmed(request.Name);
        var errors = new List<Error>();
        await RegionRules.ValidateNameAsync(db, name, region.ParentId, region.Id, errors, ct);
        if (errors.Count > 0)
        {
            return Result.Failure<RegionAdminView>([.. errors]);
        }

        region.Rename(name!);
        await db.SaveChangesAsync(ct);
        directory.Invalidate();
        return AdminQueries.View(region);
    }
}
