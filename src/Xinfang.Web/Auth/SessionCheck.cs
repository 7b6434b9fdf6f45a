using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Web.Auth;

/// <summary>
/// A session (cookie, bearer token, live Blazor circuit) stands only while its account is active and keeps the
/// security stamp it was signed in with. An administrator's lock, deactivation, password reset or change of unit or
/// roles gives the account a new stamp, so its open sessions end at their next request instead of living on for
/// the token's eight hours. One primary-key lookup per authenticated request.
/// </summary>
public static class SessionCheck
{
    public static async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, XinfangDbContext db, CancellationToken ct)
    {
        var stamp = principal.FindFirstValue(ActorClaims.Stamp);
        if (stamp is null || !int.TryParse(principal.FindFirstValue(ActorClaims.UserId), out var userId))
        {
            return false;
        }

        return await db.Users.AnyAsync(u => u.Id == userId && u.IsActive && u.SecurityStamp == stamp, ct);
    }
}

/// <summary>Checks a live circuit's session every minute; when it no longer stands the page falls back to sign-in.</summary>
public sealed class CircuitSessionCheck(ILoggerFactory loggers, IServiceScopeFactory scopes) : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await SessionCheck.IsCurrentAsync(authenticationState.User, scope.ServiceProvider.GetRequiredService<XinfangDbContext>(), cancellationToken);
    }
}
