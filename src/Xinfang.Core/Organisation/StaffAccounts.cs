using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Organisation;

/// <summary>The active accounts holding one of some roles: whom a case can be assigned to, whom a notification tells.</summary>
public static class StaffAccounts
{
    public static IQueryable<AppUser> WithRoles(XinfangDbContext db, IReadOnlyCollection<string> roles) =>
        db.Users.AsNoTracking().Where(u => u.IsActive
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))));
}
