using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Organisation;
using Xinfang.Web.Auth;

namespace Xinfang.Web.Api;

public sealed record TokenRequest(string? UserName, string? Password);

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string UserName, string DisplayName, IReadOnlyList<string> Roles);

public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/auth").WithTags("认证");
        group.MapPost("/token", IssueToken).AllowAnonymous().WithSummary("用户名和密码换取访问令牌（Bearer）");
        return group;
    }

    /// <summary>Checks the password with lock-out after repeated failures, then issues a bearer token.</summary>
    public static async Task<IResult> IssueToken(TokenRequest request, UserManager<AppUser> users, XinfangDbContext db, TokenService tokens, CancellationToken ct)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(request.UserName)) errors.Add(Error.Validation("userName", "validation.required", "请输入用户名。"));
        if (string.IsNullOrEmpty(request.Password)) errors.Add(Error.Validation("password", "validation.required", "请输入密码。"));
        if (errors.Count > 0)
        {
            return ProblemResults.From(Result.Failure([.. errors]));
        }

        var invalid = TypedResults.Problem(title: "登录失败", detail: "用户名或密码错误。", statusCode: StatusCodes.Status401Unauthorized,
            extensions: new Dictionary<string, object?> { ["code"] = "auth.invalid_credentials" });
        var user = await users.FindByNameAsync(request.UserName!);
        if (user is null)
        {
            return invalid;
        }

        if (await users.IsLockedOutAsync(user))
        {
            return TypedResults.Problem(title: "账号已锁定", detail: "连续登录失败次数过多，账号已临时锁定，请稍后再试或联系管理员。",
                statusCode: StatusCodes.Status423Locked, extensions: new Dictionary<string, object?> { ["code"] = "auth.locked_out" });
        }

        if (!await users.CheckPasswordAsync(user, request.Password!))
        {
            await users.AccessFailedAsync(user);
            return invalid;
        }

        await users.ResetAccessFailedCountAsync(user);
        var roles = await users.GetRolesAsync(user);
        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == user.UnitId, ct);
        var (token, expiresAt) = tokens.Issue(user, roles, DataScope.For(unit));
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)TokenService.Lifetime.TotalSeconds, user.UserName!, user.DisplayName, roles.ToList()));
    }
}
