using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Components.Authorization;

namespace Xinfang.Web.Auth;

public static class AuthenticationSetup
{
    private const string Smart = "BearerOrCookie";

    /// <summary>API clients send a bearer token; the web UI signs in with a cookie. API calls without either get
    /// 401, pages redirect to the sign-in page.</summary>
    public static IServiceCollection AddXinfangAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Smart;
                options.DefaultChallengeScheme = Smart;
            })
            .AddPolicyScheme(Smart, "Bearer or cookie", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, options =>
            {
                options.LoginPath = "/login";
                options.AccessDeniedPath = "/denied";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Cookie.Name = "xinfang";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = async context =>
                {
                    if (context.Principal is null || !await SessionCheck.IsCurrentAsync(context.Principal, context.HttpContext))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                    }
                };
            })
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TokenService>((options, tokens) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = tokens.ValidationParameters();
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = async context =>
                    {
                        if (context.Principal is null || !await SessionCheck.IsCurrentAsync(context.Principal, context.HttpContext))
                        {
                            context.Fail("The session has ended: the account was changed, locked or deactivated.");
                        }
                    },
                };
            });
        services.AddAuthorization(options => options.AddPolicy(ApiKeyAuthentication.Policy, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName)
            .RequireRole(Xinfang.Core.Identity.Roles.Integration)));
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, CircuitSessionCheck>();
        return services;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

}
