using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Performance.Features;
using Xinfang.Core.Performance.LiveData;
using Xinfang.Core.Performance.Monitoring;

namespace Xinfang.Core.Performance;

/// <summary>The Performance use cases that need services (the rest are static functions).</summary>
public static class PerformanceServices
{
    public static IServiceCollection AddPerformance(this IServiceCollection services)
    {
        services.AddScoped<ILiveFigureSource, CasesFigureSource>();
        services.AddScoped<MeasureBoundIndicators>();
        services.AddScoped<MonitorProjects>();
        services.AddScoped<IPerformanceYearStore, DbPerformanceYearStore>();
        services.AddScoped<PerformanceYears>();
        services.AddScoped<EvaluateStoredYear>();
        services.AddScoped<SaveIndicatorBindingHandler>();
        services.AddScoped<SaveIndicatorTargetHandler>();
        services.AddScoped<PlanNextYearHandler>();
        services.AddScoped<AddProjectHandler>();
        services.AddScoped<AddIndicatorHandler>();
        services.AddScoped<RemoveIndicatorHandler>();
        return services;
    }
}
