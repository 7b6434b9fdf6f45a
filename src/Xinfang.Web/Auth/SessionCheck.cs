using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Web.Auth;

/// <summary>
/// A session (cookie, bearer token, live Blazor circuit) stands only while its account is active and keeps the
/// security stamp it was signed in with. An administrator's lock, deactivation, password reset or change of unit or
/// roles gives the account a new stamp, so its open sessions end at their next request instead of living on for
/// the token's eight hours (see <see cref="SessionStamps"/> for how the stamps are remembered).
/// </summary>
public static class SessionCheck
{
    public static async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, HttpContext http) =>
        await IsCurrentAsync(principal, http.RequestServices, http.RequestAborted);

    public static async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, IServiceProvider services, CancellationToken ct)
    {
        var stamp = principal.FindFirstValue(ActorClaims.Stamp);
        if (stamp is null || !int.TryParse(principal.FindFirstValue(ActorClaims.UserId), out var userId))
        {
            return false;
        }

        return await services.GetRequiredService<SessionValidator>().IsCurrentAsync(userId, stamp, ct);
    }
}

/// <summary>Checks a live circuit's session every minute; when it no longer stands the page falls back to sign-in.</summary>
public sealed class CircuitSessionCheck(ILoggerFactory loggers, IServiceScopeFactory scopes) : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await SessionCheck.IsCurrentAsync(authenticationState.User, scope.ServiceProvider, cancellationToken);
    }
}
