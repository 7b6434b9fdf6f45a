using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Organisation.Features;

namespace Xinfang.Web.Auth;

public enum SignInOutcome
{
    Success,
    Invalid,
    LockedOut,

    /// <summary>Deactivated, or locked by an administrator until unlocked.</summary>
    Disabled,
}

public sealed record SignInResult(SignInOutcome Outcome, AppUser? User = null, IReadOnlyList<Claim>? Claims = null);

/// <summary>Checks a user name and password with lock-out after repeated failures (for the token endpoint and
/// the sign-in page alike) and builds the claims both carry: roles, unit, data scope, display name, security stamp.</summary>
public sealed class PasswordSignIn(UserManager<AppUser> users, OrganisationDirectory directory)
{
    public async Task<SignInResult> CheckAsync(string userName, string password, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return new SignInResult(SignInOutcome.Invalid);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return new SignInResult(user.LockoutEnd >= UserAccounts.LockedByAdministrator ? SignInOutcome.Disabled : SignInOutcome.LockedOut);
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return new SignInResult(SignInOutcome.Invalid);
        }

        if (!user.IsActive)
        {
            return new SignInResult(SignInOutcome.Disabled);
        }

        await users.ResetAccessFailedCountAsync(user);
        return new SignInResult(SignInOutcome.Success, user, await ClaimsOfAsync(user, ct));
    }

    public async Task<IReadOnlyList<Claim>> ClaimsOfAsync(AppUser user, CancellationToken ct)
    {
        var roles = await users.GetRolesAsync(user);
        var unit = await directory.UnitAsync(user.UnitId, ct);
        var claims = new List<Claim>
        {
            new(ActorClaims.UserId, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName!),
            new(ActorClaims.DisplayName, user.DisplayName),
            new(ActorClaims.Unit, user.UnitId.ToString()),
            new(ActorClaims.UnitName, unit.Name),
            new(ActorClaims.Scope, DataScope.For(unit).ToString()),
            new(ActorClaims.Stamp, user.SecurityStamp ?? ""),
        };
        claims.AddRange(roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return claims;
    }
}
