using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Xinfang.Core.Identity;
using Xinfang.Core.Intake;
using Xinfang.Core.Intake.Features;

namespace Xinfang.Web.Auth;

/// <summary>Integration clients sign each request with their key in the <c>X-Api-Key</c> header. The request then acts
/// as the client (audited as it, <see cref="ClientActor"/>), never as a person, and only the intake endpoints accept it.</summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AuthenticateClient clients, ActorAccessor actors) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string Policy = "IntegrationClient";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        if (await clients.HandleAsync(values.ToString(), Context.RequestAborted) is not { } client)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        Context.Items[typeof(IntegrationClient)] = client;
        var actor = ClientActor.For(client);
        actors.Actor = actor;
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, actor.UserName), new Claim(ClaimTypes.Role, Roles.Integration)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status401Unauthorized, "未认证", $"请在 {Header} 请求头中提供有效的对接系统密钥（密钥错误、已轮换或已停用的系统均被拒绝）。", "auth.invalid_api_key");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status403Forbidden, "无权操作", "该密钥不能用于此接口。", "auth.forbidden");

    private Task Problem(int status, string title, string detail, string code) =>
        Results.Problem(title: title, detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code })
            .ExecuteAsync(Context);

    /// <summary>The client the request's key belongs to (set when the key was accepted).</summary>
    public static IntegrationClient ClientOf(HttpContext context) =>
        context.Items[typeof(IntegrationClient)] as IntegrationClient
        ?? throw new InvalidOperationException("No integration client: the endpoint must require the IntegrationClient policy.");
}
