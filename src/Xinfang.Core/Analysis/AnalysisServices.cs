using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Analysis.Briefing;
using Xinfang.Core.Analysis.Features;
using Xinfang.Core.Analysis.Warnings;

namespace Xinfang.Core.Analysis;

/// <summary>数据分析: slices with drill-down, trends, saved views, exports, and the hotspot early warning.</summary>
public static class AnalysisServices
{
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.AddScoped<SliceCases>();
        services.AddScoped<CaseTrend>();
        services.AddScoped<DrillDownCases>();
        services.AddScoped<ExportCases>();
        services.AddScoped<SavedViews>();
        services.AddScoped<PeriodKeywords>();
        services.AddScoped<ComputeWarnings>();
        services.AddScoped<WarningQueries>();
        services.AddScoped<SensitivePeriods>();
        services.AddScoped<BuildBriefing>();
        services.AddScoped<BriefingArchive>();
        services.AddHostedService<WarningJob>();
        return services;
    }
}
