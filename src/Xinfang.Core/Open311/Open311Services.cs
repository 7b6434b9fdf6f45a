using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Open311.Features;

namespace Xinfang.Core.Open311;

/// <summary>Open311 GeoReport v2: the standard door for city-service apps, onto the same intake as every channel.</summary>
public static class Open311Services
{
    public static IServiceCollection AddOpen311(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Open311").Get<Open311Options>() ?? new Open311Options());
        services.AddScoped<Open311Catalog>();
        services.AddScoped<SubmitServiceRequest>();
        services.AddScoped<FindServiceRequests>();
        return services;
    }
}
