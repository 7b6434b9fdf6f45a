using Xinfang.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation;

public sealed record LeaderRef(int UserId, string Name);

/// <summary>The users who hold the Leader role: those who may own key cases (包案) and key issues.</summary>
public static class DistrictLeaders
{
    private static IQueryable<AppUser> Query(XinfangDbContext db) =>
        db.Users.AsNoTracking().Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Leader)));

    public static async Task<IReadOnlyList<LeaderRef>> ListAsync(XinfangDbContext db, CancellationToken ct) =>
        (await Query(db).OrderBy(u => u.Id).Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(ct))
            .Select(u => new LeaderRef(u.Id, u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? "")).ToList();

    public static async Task<LeaderRef?> FindAsync(XinfangDbContext db, int userId, CancellationToken ct) =>
        (await ListAsync(db, ct)).FirstOrDefault(l => l.UserId == userId);
}
