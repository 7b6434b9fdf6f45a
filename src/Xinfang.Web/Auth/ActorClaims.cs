using System.Security.Claims;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Web.Auth;

/// <summary>The claims Xinfang issues (in bearer tokens and sign-in cookies alike) and the actor they stand for.</summary>
public static class ActorClaims
{
    public const string UserId = "sub";
    public const string DisplayName = "display_name";
    public const string Unit = "unit";
    public const string UnitName = "unit_name";
    public const string Scope = "scope";

    /// <summary>The account's security stamp when the session began: a session whose stamp no longer matches the
    /// account's (new password, roles, unit, lock or deactivation) is refused, see <see cref="SessionCheck"/>.</summary>
    public const string Stamp = "stamp";

    /// <summary>The actor a signed-in principal stands for; null when it lacks the claims we issue.</summary>
    public static Actor? ToActor(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var scope = principal.FindFirstValue(Scope);
        if (!int.TryParse(principal.FindFirstValue(UserId), out var userId) || !int.TryParse(principal.FindFirstValue(Unit), out var unitId) || scope is null)
        {
            return null;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        var userName = principal.Identity.Name ?? "";
        return new Actor(userId, userName, roles, unitId, DataScope.Parse(scope))
        {
            DisplayName = principal.FindFirstValue(DisplayName) ?? userName,
        };
    }
}
