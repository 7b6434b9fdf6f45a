using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Cases;
using Xinfang.Core.Search.Features;

namespace Xinfang.Core.Search;

/// <summary>Chinese full-text search over cases (and, through the same words, the knowledge base).</summary>
public static class SearchServices
{
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddScoped<KeepCaseSearchText>();
        services.AddScoped<ICaseRegistrationObserver>(s => s.GetRequiredService<KeepCaseSearchText>());
        services.AddScoped<ICaseStepObserver>(s => s.GetRequiredService<KeepCaseSearchText>());
        services.AddScoped<SearchCases>();
        services.AddScoped<ICaseRegistrationObserver, FindDuplicateCandidates>();
        services.AddScoped<IndexCaseTexts>();
        services.AddScoped<EvaluateDuplicates>();
        return services;
    }
}
