using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xinfang.Core.Audit;
using Xinfang.Core.Calendar;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Data;
using Xinfang.Core.Demo;
using Xinfang.Core.Finance;
using Xinfang.Core.Organisation;
using Xinfang.Core.Performance;

namespace Xinfang.Core;

/// <summary>Demo mode: the embedded database filled with the sample district and demo accounts.</summary>
public sealed record DemoSettings(bool Enabled, string Password, int Cases)
{
    public const string DefaultPassword = "Xinfang@2026";

    public static DemoSettings From(IConfiguration configuration, DatabaseSettings database) => new(
        configuration.GetValue<bool?>("Demo:Enabled") ?? database.IsEmbeddedDefault,
        configuration["Demo:Password"] is { Length: > 0 } password ? password : DefaultPassword,
        configuration.GetValue<int?>("Demo:Cases") ?? 8000);
}

public static class XinfangCoreServices
{
    /// <summary>Everything the web app and the CLI share: database, calendar, keys, audit, use cases.</summary>
    public static IServiceCollection AddXinfangCore(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseSettings.From(configuration);
        var demo = DemoSettings.From(configuration, database);
        var security = SecuritySettings.From(configuration, database, demo.Enabled);
        services.AddSingleton(database);
        services.AddSingleton(demo);
        services.AddSingleton(security);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(HolidayCalendar.BuiltIn());
        services.AddSingleton<DeadlineCalculator>();
        services.AddSingleton(configuration.GetSection("Deadlines").Get<DeadlineSettings>() ?? new DeadlineSettings());
        services.AddSingleton<DeadlinePolicy>();
        services.AddSingleton(configuration.GetSection("District").Get<DistrictOptions>() ?? new DistrictOptions());
        services.AddSingleton(PersonalDataProtector.FromBase64(security.PersonalDataKey));
        services.AddSingleton<OrganisationDirectory>();

        services.AddScoped<ActorAccessor>();
        services.AddScoped<AuditInterceptor>();
        services.AddDbContext<XinfangDbContext>((provider, options) =>
        {
            database.Configure(options);
            options.AddInterceptors(provider.GetRequiredService<AuditInterceptor>());
        });

        services.AddScoped<RegisterCase>();
        services.AddScoped<GetCase>();
        services.AddScoped<ListCases>();
        services.AddScoped<PerformCaseAction>();
        services.AddScoped<ThreeRates>();
        services.AddScoped<QueueCounts>();
        services.AddScoped<LeaderDashboard>();
        services.AddScoped<SupervisionBoard>();
        services.AddScoped<DemoCaseGenerator>();
        services.AddScoped<DatabaseInitializer>();
        services.AddOrganisation();
        services.AddPerformance();
        services.AddFinance();
        return services;
    }
}
