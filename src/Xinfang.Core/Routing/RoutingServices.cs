using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Cases;
using Xinfang.Core.Routing.Features;

namespace Xinfang.Core.Routing;

/// <summary>Category suggestion: the model trained on the district's closed cases, its proposals at intake, and their
/// live accuracy.</summary>
public static class RoutingServices
{
    public static IServiceCollection AddCategorySuggestion(this IServiceCollection services)
    {
        services.AddSingleton<RoutingModelCache>();
        services.AddScoped<TrainRoutingModel>();
        services.AddScoped<SuggestCategories>();
        services.AddScoped<RoutingAccuracy>();
        services.AddScoped<ICaseRegistrationObserver, RecordCategorySuggestion>();
        return services;
    }
}
