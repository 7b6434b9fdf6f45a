using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Demo;

/// <summary>Fills an empty database with the sample district and its demo accounts (demo mode only).</summary>
public static class DemoDistrictSeeder
{
    public static async Task<bool> SeedAsync(XinfangDbContext db, string demoPassword, CancellationToken ct = default)
    {
        if (await db.Units.AnyAsync(ct))
        {
            return false;
        }

        var data = DemoDistrict.Load();
        var regionIds = new Dictionary<string, int>();
        foreach (var township in data.Regions)
        {
            var region = new Region(township.Code, township.Name, RegionKind.Township);
            db.Regions.Add(region);
            await db.SaveChangesAsync(ct);
            regionIds[township.Code] = region.Id;
            var n = 0;
            foreach (var village in township.Villages)
            {
                db.Regions.Add(new Region($"{township.Code}V{++n:00}", village, RegionKind.Village, region.Id));
            }
        }

        var unitIds = new Dictionary<string, int>();
        foreach (var item in data.Units)
        {
            var unit = new Unit(item.Code, item.Name, Enum.Parse<UnitKind>(item.Kind),
                item.Parent is null ? null : unitIds[item.Parent],
                item.Region is null ? null : regionIds[item.Region]);
            db.Units.Add(unit);
            await db.SaveChangesAsync(ct);
            unitIds[item.Code] = unit.Id;
        }

        foreach (var top in data.Categories)
        {
            var parent = new Category(top.Code, top.Name);
            db.Categories.Add(parent);
            await db.SaveChangesAsync(ct);
            foreach (var child in top.Children ?? [])
            {
                db.Categories.Add(new Category(child.Code, child.Name, parent.Id));
            }
        }

        await RoleRows.EnsureAsync(db, ct);
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var hasher = new PasswordHasher<AppUser>();
        foreach (var item in data.Users)
        {
            var user = new AppUser
            {
                UserName = item.UserName,
                NormalizedUserName = item.UserName.ToUpperInvariant(),
                DisplayName = item.DisplayName,
                UnitId = unitIds[item.Unit],
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true,
            };
            user.PasswordHash = hasher.HashPassword(user, demoPassword);
            db.Users.Add(user);
            await db.SaveChangesAsync(ct);
            foreach (var role in item.Roles)
            {
                db.UserRoles.Add(new IdentityUserRole<int> { UserId = user.Id, RoleId = roles[role] });
            }
        }

        await db.SaveChangesAsync(ct);
        return true;
    }
}
