using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Common;
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
    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueToken(TokenRequest request, PasswordSignIn signIn, TokenService tokens, CancellationToken ct)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(request.UserName)) errors.Add(Error.Validation("userName", "validation.required", "请输入用户名。"));
        if (string.IsNullOrEmpty(request.Password)) errors.Add(Error.Validation("password", "validation.required", "请输入密码。"));
        if (errors.Count > 0)
        {
            return ProblemResults.From(Result.Failure([.. errors]));
        }

        var result = await signIn.CheckAsync(request.UserName!, request.Password!, ct);
        return result.Outcome switch
        {
            SignInOutcome.Success => TypedResults.Ok(new TokenResponse(tokens.Issue(result.Claims!), "Bearer", (int)TokenService.Lifetime.TotalSeconds,
                result.User!.UserName!, result.User.DisplayName, result.Claims!.Where(c => c.Type == ClaimTypes.Role).Select(c => c.Value).ToList())),
            SignInOutcome.LockedOut => TypedResults.Problem(title: "账号已锁定", detail: LockedOutMessage,
                statusCode: StatusCodes.Status423Locked, extensions: new Dictionary<string, object?> { ["code"] = "auth.locked_out" }),
            SignInOutcome.Disabled => TypedResults.Problem(title: "账号不可用", detail: DisabledMessage,
                statusCode: StatusCodes.Status403Forbidden, extensions: new Dictionary<string, object?> { ["code"] = "auth.disabled" }),
            _ => TypedResults.Problem(title: "登录失败", detail: InvalidMessage, statusCode: StatusCodes.Status401Unauthorized,
                extensions: new Dictionary<string, object?> { ["code"] = "auth.invalid_credentials" }),
        };
    }

    public const string InvalidMessage = "用户名或密码错误。";
    public const string DisabledMessage = "账号已停用或已被管理员锁定，请联系管理员。";
    public const string LockedOutMessage = "连续登录失败次数过多，账号已临时锁定15分钟，请稍后再试或联系管理员。";
}
