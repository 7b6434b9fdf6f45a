using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Organisation;

/// <summary>The role rows ASP.NET Core Identity keeps, one per staff role; added when missing (a database set up
/// outside demo mode has none until its first account is made).</summary>
public static class RoleRows
{
    public static async Task EnsureAsync(XinfangDbContext db, CancellationToken ct)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        foreach (var role in Roles.All.Except(existing.OfType<string>()))
        {
            db.Roles.Add(new IdentityRole<int> { Name = role, NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString("N") });
        }

        await db.SaveChangesAsync(ct);
    }
}
