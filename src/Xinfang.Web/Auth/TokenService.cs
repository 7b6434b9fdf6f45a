using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xinfang.Core.Data;
using Xinfang.Core.Organisation;

namespace Xinfang.Web.Auth;

/// <summary>Issues signed bearer tokens (JWT, HMAC-SHA256) carrying the user's roles, unit and data scope.</summary>
public sealed class TokenService(SecuritySettings security)
{
    public const string Issuer = "xinfang";
    public const string UnitClaim = "unit";
    public const string ScopeClaim = "scope";
    public const string DisplayNameClaim = "display_name";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public SymmetricSecurityKey SigningKey { get; } = new(Convert.FromBase64String(security.TokenKey));

    public (string Token, DateTimeOffset ExpiresAt) Issue(AppUser user, IEnumerable<string> roles, DataScope scope)
    {
        // Token lifetimes are checked by the JWT library on the wall clock, so they are issued on it too.
        var now = DateTimeOffset.UtcNow;
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName!),
            new(DisplayNameClaim, user.DisplayName),
            new(UnitClaim, user.UnitId.ToString()),
            new(ScopeClaim, scope.ToString()),
        };
        claims.AddRange(roles.Select(role => new Claim(ClaimTypes.Role, role)));
        var expires = now.Add(Lifetime);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Issuer,
        IssuerSigningKey = SigningKey,
        NameClaimType = ClaimTypes.Name,
        RoleClaimType = ClaimTypes.Role,
        ClockSkew = TimeSpan.FromMinutes(1),
    };
}
