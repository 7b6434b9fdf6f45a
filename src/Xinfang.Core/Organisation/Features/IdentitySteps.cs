using Xinfang.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

/// <summary>Runs several UserManager calls (each saves on its own) in one transaction: all of them or none.</summary>
internal static class IdentitySteps
{
    public static async Task<Result<AppUser>> RunAsync(XinfangDbContext db, AppUser user, IEnumerable<Func<Task<IdentityResult>>> steps, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return Result.Failure<AppUser>(IdentityMessages.ToErrors(result));
            }
        }

        await transaction.CommitAsync(ct);
        return user;
    }
}
