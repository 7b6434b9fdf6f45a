using Xinfang.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

/// <param name="TownshipId">The township a village (村/社区) belongs to; empty for a new township (乡镇/街道).</param>
public sealed record AddRegionRequest(int? TownshipId, string? Name, string? Code = null);

/// <summary>新增区划: a township/street, or a village/community in one — what a bureau outside the demo sets up before
/// it registers cases, and adds to when places are redrawn. Places are never deleted: cases and units refer to them.</summary>
public sealed class AddRegion(XinfangDbContext db, OrganisationDirectory directory)
{
    public async Task<Result<RegionAdminView>> HandleAsync(AddRegionRequest request, Actor actor, CancellationToken ct = default)
    {
        if (AdminAccess.Check(actor) is { } denied)
        {
            return denied;
        }

        var errors = new List<Error>();
        Region? township = null;
        if (request.TownshipId is { } townshipId)
        {
            township = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == townshipId, ct);
            if (township is null)
            {
                errors.Add(Error.Validation("townshipId", "validation.not_found", $"所属乡镇（街道）{townshipId} 不存在。"));
            }
            else if (township.Kind != RegionKind.Township)
            {
                errors.Add(Error.Validation("townshipId", "region.too_deep", $"“{township.Name}”是村（社区）：区划只有两级，村（社区）须建在乡镇（街道）下。"));
            }
        }

        var name = UnitRules.Trimmed(request.Name);
        await RegionRules.ValidateNameAsync(db, name, request.TownshipId, 0, errors, ct);
        var code = UnitRules.NormaliseCode(UnitRules.Trimmed(request.Code));
        if (code is not null && !Codes.IsWellFormed(code))
        {
            errors.Add(Error.Validation("code", "validation.code_format", $"区划编码只能由字母、数字、短横线和下划线组成，不超过{Codes.MaxLength}个字符。"));
        }
        else if (code is not null && await db.Regions.AnyAsync(r => r.Code == code, ct))
        {
            errors.Add(RegionRules.CodeTaken(code));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<RegionAdminView>([.. errors]);
        }

        code ??= await RegionRules.NextCodeAsync(db, township, ct);
        if (code.Length > Codes.MaxLength)
        {
            return Error.Validation("code", "validation.too_long",
                $"自动编号“{code}”超过{Codes.MaxLength}个字符（所属乡镇的编码较长），请填写区划编码。");
        }

        var region = new Region(code, name!, township is null ? RegionKind.Township : RegionKind.Village, township?.Id);
        db.Regions.Add(region);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another administrator took the code between the check and the insert: the unique index said no.
            return RegionRules.CodeTaken(code);
        }

        directory.Invalidate();
        return AdminQueries.View(region);
    }
}
