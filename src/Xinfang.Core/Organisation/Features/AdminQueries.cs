using Xinfang.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

/// <summary>What the administration pages list: every unit, account and category, inactive ones included.</summary>
public sealed class AdminQueries(XinfangDbContext db, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<UnitAdminView>>> UnitsAsync(Actor actor, CancellationToken ct = default)
    {
        if (AdminAccess.Check(actor) is { } denied)
        {
            return denied;
        }

        var units = await db.Units.AsNoTracking().OrderBy(u => u.Code).ToListAsync(ct);
        var regions = await db.Regions.AsNoTracking().Where(r => r.Kind == RegionKind.Township).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var users = await db.Users.AsNoTracking().Where(u => u.IsActive).GroupBy(u => u.UnitId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        return Result.Success<IReadOnlyList<UnitAdminView>>(units.Select(u => new UnitAdminView(u.Id, u.Code, u.Name, u.Kind, UnitKinds.ChineseName(u.Kind),
                u.ParentId, u.ParentId is { } p ? names.GetValueOrDefault(p) : null,
                u.RegionId, u.RegionId is { } r ? regions.GetValueOrDefault(r) : null,
                u.IsActive, users.GetValueOrDefault(u.Id)))
            .ToList());
    }

    public async Task<Result<IReadOnlyList<UserAdminView>>> UsersAsync(Actor actor, CancellationToken ct = default)
    {
        if (AdminAccess.Check(actor) is { } denied)
        {
            return denied;
        }

        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var rolesOf = roles.ToLookup(r => r.UserId, r => r.Name!);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return Result.Success<IReadOnlyList<UserAdminView>>(users.Select(u => new UserAdminView(u.Id, u.UserName!, u.DisplayName, u.UnitId, units.GetValueOrDefault(u.UnitId),
                Roles.All.Where(rolesOf[u.Id].Contains).ToList(), u.IsActive, u.LockoutEnd > now, u.LockoutEnd > now ? u.LockoutEnd : null))
            .ToList());
    }

    public async Task<Result<IReadOnlyList<CategoryAdminView>>> CategoriesAsync(Actor actor, CancellationToken ct = default)
    {
        if (AdminAccess.Check(actor) is { } denied)
        {
            return denied;
        }

        return Result.Success<IReadOnlyList<CategoryAdminView>>(await db.Categories.AsNoTracking().OrderBy(c => c.Code)
            .Select(c => new CategoryAdminView(c.Id, c.Code, c.Name, c.ParentId, c.IsActive))
            .ToListAsync(ct));
    }

    public async Task<Result<IReadOnlyList<RegionAdminView>>> RegionsAsync(Actor actor, CancellationToken ct = default)
    {
        if (AdminAccess.Check(actor) is { } denied)
        {
            return denied;
        }

        var units = await db.Units.AsNoTracking().Where(u => u.RegionId != null).GroupBy(u => u.RegionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key!.Value, g => g.Count, ct);
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct);
        return Result.Success<IReadOnlyList<RegionAdminView>>(regions
            .Select(r => View(r, units.GetValueOrDefault(r.Id)))
            .ToList());
    }

    public static RegionAdminView View(Region r, int unitCount = 0) => new(r.Id, r.Code, r.Name, r.Kind, r.ParentId, unitCount);

    public async Task<Result<UnitAdminView>> UnitAsync(Actor actor, int id, CancellationToken ct = default)
    {
        var units = await UnitsAsync(actor, ct);
        return !units.IsSuccess ? Result.Failure<UnitAdminView>([.. units.Errors])
            : units.Value.FirstOrDefault(u => u.Id == id) is { } unit ? unit
            : Error.NotFound("unit.not_found", $"单位 {id} 不存在。");
    }

    public async Task<Result<UserAdminView>> UserAsync(Actor actor, int id, CancellationToken ct = default)
    {
        var users = await UsersAsync(actor, ct);
        return !users.IsSuccess ? Result.Failure<UserAdminView>([.. users.Errors])
            : users.Value.FirstOrDefault(u => u.Id == id) is { } user ? user
            : UserAccounts.NotFound(id);
    }

    public static CategoryAdminView View(Category c) => new(c.Id, c.Code, c.Name, c.ParentId, c.IsActive);
}
