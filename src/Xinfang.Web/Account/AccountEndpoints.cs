using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Organisation.Features;
using Xinfang.Web.Auth;

namespace Xinfang.Web.Account;

/// <summary>Sign-in, sign-out and change of password for the web UI (cookie), posted from plain forms.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/account").ExcludeFromDescription();
        group.MapPost("/login", Login).AllowAnonymous();
        group.MapPost("/logout", Logout);
        group.MapPost("/password", ChangePassword).RequireAuthorization();
    }

    private static async Task<IResult> Login(HttpContext http, PasswordSignIn signIn, [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl, CancellationToken ct)
    {
        var back = SafeReturnUrl(returnUrl);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return Results.LocalRedirect($"/login?error=missing&userName={Uri.EscapeDataString(userName ?? "")}&returnUrl={Uri.EscapeDataString(back)}");
        }

        var result = await signIn.CheckAsync(userName.Trim(), password, ct);
        if (result.Outcome != SignInOutcome.Success)
        {
            var error = result.Outcome switch { SignInOutcome.LockedOut => "locked", SignInOutcome.Disabled => "disabled", _ => "invalid" };
            return Results.LocalRedirect($"/login?error={error}&userName={Uri.EscapeDataString(userName)}&returnUrl={Uri.EscapeDataString(back)}");
        }

        await SignInCookieAsync(http, result.Claims!);
        return Results.LocalRedirect(back);
    }

    private static Task SignInCookieAsync(HttpContext http, IReadOnlyList<Claim> claims) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role)));

    private static async Task<IResult> Logout(HttpContext http, CancellationToken ct)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect("/login");
    }

    private static async Task<IResult> ChangePassword(HttpContext http, UserManager<AppUser> users, PasswordSignIn signIn,
        [FromForm] string? currentPassword, [FromForm] string? newPassword, [FromForm] string? confirmPassword)
    {
        var actor = ActorClaims.ToActor(http.User);
        var user = actor is null ? null : await users.FindByIdAsync(actor.UserId.ToString());
        if (user is null)
        {
            return Results.LocalRedirect("/login");
        }

        string? error = null;
        if (string.IsNullOrEmpty(currentPassword) || string.IsNullOrEmpty(newPassword)) error = "请填写当前密码和新密码。";
        else if (newPassword != confirmPassword) error = "两次输入的新密码不一致。";
        else
        {
            var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
            if (!changed.Succeeded)
            {
                error = string.Join("；", changed.Errors.Select(e => IdentityMessages.Chinese(e.Code)));
            }
            else
            {
                // The new password gave the account a new security stamp, which ends its sessions: renew this one.
                await SignInCookieAsync(http, await signIn.ClaimsOfAsync(user, http.RequestAborted));
            }
        }

        return Results.LocalRedirect(error is null ? "/account/password?done=1" : $"/account/password?error={Uri.EscapeDataString(error)}");
    }

    private static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
