using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Organisation;

/// <summary>A person a unit can hand a case to.</summary>
public sealed record UnitPerson(int UserId, string Name);

/// <summary>The people of a unit who work its cases (承办人 and the unit head): the only ones a case can be assigned to.</summary>
public static class UnitHandlers
{
    private static readonly string[] Workers = [Roles.Handler, Roles.UnitHead];

    public static async Task<IReadOnlyList<UnitPerson>> ListAsync(XinfangDbContext db, int unitId, CancellationToken ct) =>
        (await StaffAccounts.WithRoles(db, Workers).Where(u => u.UnitId == unitId)
            .OrderBy(u => u.Id).Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(ct))
        .Select(u => new UnitPerson(u.Id, u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? "")).ToList();

    public static async Task<UnitPerson?> FindAsync(XinfangDbContext db, int unitId, int userId, CancellationToken ct) =>
        (await ListAsync(db, unitId, ct)).FirstOrDefault(p => p.UserId == userId);
}
