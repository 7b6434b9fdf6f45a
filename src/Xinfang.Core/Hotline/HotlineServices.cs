using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xinfang.Core.Cases;
using Xinfang.Core.Hotline.Features;

namespace Xinfang.Core.Hotline;

/// <summary>The 96097 hotline: call records and live events, seats, agents and roster, the caller's card, direct answers
/// and the operator's figures.</summary>
public static class HotlineServices
{
    public static IServiceCollection AddHotline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(HotlineSettings.From(configuration));
        services.TryAddSingleton<ICallNotifier, NoCallNotifier>();
        services.AddScoped<ImportCallRecords>();
        services.AddScoped<ReceiveCallEvent>();
        services.AddScoped<CallerCards>();
        services.AddScoped<RecordDirectAnswer>();
        services.AddScoped<HotlineFigureSummaries>();
        services.AddScoped<HotlineFigureQueries>();
        services.AddScoped<HotlineRosters>();
        services.AddScoped<HotlineAssessments>();
        services.AddScoped<ICaseRegistrationObserver, CallCaseLink>();
        services.AddScoped<ICaseStepObserver, CallOutcomesOnCaseSteps>();
        return services;
    }
}
