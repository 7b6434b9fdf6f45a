using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using Microsoft.IdentityModel.JsonWebTokens;
using Xinfang.Core.Data;

namespace Xinfang.Web.Auth;

/// <summary>Issues signed bearer tokens (JWT, HMAC-SHA256) carrying the user's claims.</summary>
public sealed class TokenService(SecuritySettings security)
{
    public const string Issuer = "xinfang";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public SymmetricSecurityKey SigningKey { get; } = new(Convert.FromBase64String(security.TokenKey));

    public string Issue(IReadOnlyList<Claim> claims)
    {
        // Token lifetimes are checked by the JWT library on the wall clock, so they are issued on it too.
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(Lifetime),
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
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
