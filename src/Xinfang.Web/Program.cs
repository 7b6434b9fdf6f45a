using Scalar.AspNetCore;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.HttpOverrides;
using Xinfang.Core;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Web;
using Xinfang.Web.Account;
using Xinfang.Web.Api;
using Xinfang.Web.Auth;
using Xinfang.Web.Components;
using Xinfang.Web.Open311;
using Xinfang.Web.Portal;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5000");
}

// Serve the packages' static files (Ant Design, ECharts, Blazor) from the build output in every environment,
// as `dotnet run` does not run in Development; a published app has them in wwwroot and this is a no-op.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddXinfangCore(builder.Configuration);
builder.Services.AddSingleton<TokenService>();
builder.Services.AddHostedService<Xinfang.Web.Analysis.BriefingJob>();
builder.Services.AddScoped<Xinfang.Web.Analysis.BriefingKeeper>();
builder.Services.AddScoped<PasswordSignIn>();
builder.Services.AddXinfangAuthentication();
builder.Services.AddProblemDetails();
// Unreadable request bodies throw in every environment (by default only in Development; elsewhere a 400 went out with an
// empty body): BadRequestHandler then names the field.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddXinfangOpenApi();
// Enums travel by name only (as the OpenAPI document says): a number such as "channel": -1 is refused with the field named,
// never stored as a value no member has.
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
builder.Services.AddXinfangUi();
builder.Services.AddPortalRateLimit(builder.Configuration);
builder.Services.AddSingleton<Xinfang.Web.Hotline.CallHub>();
builder.Services.AddSingleton<Xinfang.Core.Hotline.ICdrFileReader, Xinfang.Documents.Hotline.CdrFileReader>();
builder.Services.AddSingleton<Xinfang.Core.Hotline.ICallNotifier>(provider => provider.GetRequiredService<Xinfang.Web.Hotline.CallHub>());
var knownProxies = builder.Configuration.GetSection("Network:KnownProxies").Get<string[]>() ?? [];
if (knownProxies.Length > 0)
{
    // Behind a reverse proxy the portal's per-address limits need the citizen's address, taken only from these proxies.
    builder.Services.Configure<ForwardedHeadersOptions>(options =>
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        foreach (var proxy in knownProxies)
        {
            options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }
    });
}

var app = builder.Build();

if (knownProxies.Length > 0)
{
    app.UseForwardedHeaders();
}

app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandler = BadRequestHandler.WriteAsync,
    // An unreadable request is the client's error, answered with a 400 naming the field: not logged as a server failure.
    SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
});

app.UseAuthentication();
app.Use(async (context, next) =>
{
    if (ActorClaims.ToActor(context.User) is { } actor)
    {
        context.RequestServices.GetRequiredService<ActorAccessor>().Actor = actor;
    }

    await next(context);
});
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapOpenApi();
app.MapScalarApiReference();
app.MapGet("/health", Health.CheckAsync).AllowAnonymous().WithTags("运行状态").WithSummary("运行状态：平台与数据库是否可用");
app.MapAuthApi();
app.MapCasesApi();
app.MapIndicatorsApi();
app.MapRoutingApi();
app.MapSearchApi();
app.MapKnowledgeApi();
app.MapAnalysisApi();
app.MapNotificationsApi();
app.MapCalendarApi();
app.MapAdminCalendarApi();
app.MapOrganisationApi();
app.MapAdminApi();
app.MapFinanceApi();
app.MapPerformanceApi();
app.MapPerformanceTargetsApi();
app.MapSupervisionApi();
app.MapIntegrationsApi();
app.MapIntakeApi();
app.MapOutboxApi();
app.MapOpen311Api();
app.MapPortalApi();
app.MapMessageTemplatesApi();
app.MapNoticeTemplatesApi();
app.MapHotlineApi();
app.MapAccountEndpoints();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await Startup.InitializeDatabaseAsync(app);
app.Run();

public partial class Program;
