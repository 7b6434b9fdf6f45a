using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Xinfang.Core.Organisation;

namespace Xinfang.Web.Auth;

public static class ActorClaims
{
    /// <summary>The actor a signed-in principal stands for; null when it lacks the claims we issue.</summary>
    public static Actor? ToActor(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = principal.FindFirstValue(JwtRegisteredClaimNames.Sub) ?? principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var unit = principal.FindFirstValue(TokenService.UnitClaim);
        var scope = principal.FindFirstValue(TokenService.ScopeClaim);
        if (!int.TryParse(id, out var userId) || !int.TryParse(unit, out var unitId) || scope is null)
        {
            return null;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        var userName = principal.Identity.Name ?? "";
        return new Actor(userId, userName, roles, unitId, DataScope.Parse(scope))
        {
            DisplayName = principal.FindFirstValue(TokenService.DisplayNameClaim) ?? userName,
        };
    }
}
