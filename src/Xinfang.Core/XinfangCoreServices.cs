using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xinfang.Core.Audit;
using Xinfang.Core.Calendar;
using Xinfang.Core.Analysis;
using Xinfang.Core.Calendar.Features;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Data;
using Xinfang.Core.Demo;
using Xinfang.Core.Finance;
using Xinfang.Core.Hotline;
using Xinfang.Core.Intake;
using Xinfang.Core.Messages;
using Xinfang.Core.Notices;
using Xinfang.Core.Open311;
using Xinfang.Core.Outbox;
using Xinfang.Core.Identity;
using Xinfang.Core.Knowledge;
using Xinfang.Core.Notifications;
using Xinfang.Core.Organisation;
using Xinfang.Core.Performance;
using Xinfang.Core.Portal;
using Xinfang.Core.Routing;
using Xinfang.Core.Search;
using Xinfang.Core.Supervision;

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
        // The calendar and deadline settings live in the database (seeded from holidays.json and the Deadlines
        // section) and are edited by the administrator. A scope takes the policy in force when it starts: resolve
        // DeadlinePolicy per operation (Workbench.RunAsync), never hold it in a long-lived object such as a component.
        services.AddSingleton(DeadlineDefaults.From(configuration));
        services.AddSingleton<DeadlinePolicyProvider>();
        services.AddHostedService<DeadlinePolicyRefresher>();
        services.AddScoped(provider => provider.GetRequiredService<DeadlinePolicyProvider>().Current);
        services.AddScoped(provider => provider.GetRequiredService<DeadlinePolicy>().Calculator);
        services.AddSingleton(configuration.GetSection("District").Get<DistrictOptions>() ?? new DistrictOptions());
        services.AddSingleton((configuration.GetSection("Attachments").Get<AttachmentSettings>() ?? new AttachmentSettings()).Validated());
        services.AddSingleton(PersonalDataProtector.FromBase64(security.PersonalDataKey));
        services.AddSingleton<OrganisationDirectory>();

        services.AddScoped<ActorAccessor>();
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<SessionStamps>();
        services.AddScoped<SessionValidator>();
        services.AddSingleton<AccountChangeInterceptor>();
        // Pooled: a context's internal services are set up once, not on every request (that set-up was the largest
        // single cost of a registration). Each scope rents one and binds it to its actor.
        services.AddPooledDbContextFactory<XinfangDbContext>((provider, options) =>
        {
            database.Configure(options);
            options.UsePersonalDataProtection(provider.GetRequiredService<PersonalDataProtector>());
            options.AddInterceptors(provider.GetRequiredService<AuditInterceptor>(), provider.GetRequiredService<AccountChangeInterceptor>());
        });
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<XinfangDbContext>>().CreateDbContext()
            .RentedBy(provider.GetRequiredService<ActorAccessor>()));

        services.AddScoped<CaseCounts>();
        services.AddScoped<ICasesDueInYear>(provider => provider.GetRequiredService<CaseCounts>());
        services.AddScoped<IUnitCaseHistory>(provider => provider.GetRequiredService<CaseCounts>());
        services.AddScoped<RegisterCase>();
        services.AddScoped<CaseDetailViews>();
        services.AddScoped<DatabaseHealth>();
        services.AddScoped<GetCase>();
        services.AddScoped<CheckReply>();
        services.AddScoped<DuplicateCandidates>();
        services.AddScoped<ListCases>();
        services.AddScoped<HandlerLoads>();
        services.AddScoped<ThreeRatesByFlag>();
        services.AddScoped<PerformCaseAction>();
        services.AddScoped<AddAttachments>();
        services.AddScoped<GetAttachment>();
        services.AddScoped<ThreeRates>();
        services.AddScoped<QueueCounts>();
        services.AddScoped<LeaderDashboard>();
        services.AddScoped<SupervisionBoard>();
        services.AddScoped<DemoCaseGenerator>();
        services.AddScoped<DemoHotlineSeeder>();
        services.AddScoped<DemoWarningSeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<ListCalendarYears>();
        services.AddScoped<GetCalendarYear>();
        services.AddScoped<SaveCalendarYearHandler>();
        services.AddScoped<GetDeadlineSettings>();
        services.AddScoped<SaveDeadlineSettingsHandler>();
        services.AddOrganisation();
        services.AddPerformance();
        services.AddSupervision();
        services.AddFinance();
        services.AddOutbox();
        services.AddMessages(configuration);
        services.AddNotices();
        services.AddIntake();
        services.AddPortal(configuration);
        services.AddHotline(configuration);
        services.AddCategorySuggestion();
        services.AddSearch();
        services.AddKnowledgeBase();
        services.AddOpen311(configuration);
        services.AddAnalysis();
        services.AddNotifications();
        return services;
    }
}
