using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Scalar.AspNetCore;
using Xinfang.Core;
using Xinfang.Core.Data;
using Xinfang.Core.Organisation;
using Xinfang.Web;
using Xinfang.Web.Api;
using Xinfang.Web.Auth;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5000");
}

builder.Services.AddXinfangCore(builder.Configuration);
builder.Services.AddSingleton<TokenService>();
builder.Services.AddIdentityCore<AppUser>(options =>
    {
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.Password.RequiredLength = 8;
    })
    .AddRoles<IdentityRole<int>>()
    .AddEntityFrameworkStores<XinfangDbContext>();
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
    .Configure<TokenService>((options, tokens) =>
    {
        options.MapInboundClaims = false;
        options.TokenValidationParameters = tokens.ValidationParameters();
    });
builder.Services.AddAuthorization();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

var app = builder.Build();

app.UseExceptionHandler(errors => errors.Run(BadRequestHandler.WriteAsync));
app.UseAuthentication();
app.Use(async (context, next) =>
{
    if (ActorClaims.ToActor(context.User) is { } actor)
    {
        context.RequestServices.GetRequiredService<ActorAccessor>().Actor = actor;
    }
    else if (context.User.Identity?.IsAuthenticated == true)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return;
    }

    await next(context);
});
app.UseAuthorization();

app.MapOpenApi();
app.MapScalarApiReference();
app.MapGet("/health", Health.CheckAsync).AllowAnonymous().WithTags("运行状态");
app.MapAuthApi();
app.MapCasesApi();
app.MapIndicatorsApi();
app.MapCalendarApi();
app.MapOrganisationApi();

await Startup.InitializeDatabaseAsync(app);
app.Run();

public partial class Program;
