using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Portal.Features;

namespace Xinfang.Core.Portal;

/// <summary>The public portal: filing, tracking, rating and asking for review without a staff account.</summary>
public static class PortalServices
{
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(PortalSettings.From(configuration));
        services.AddScoped<PortalCatalog>();
        services.AddScoped<RequestPhoneCode>();
        services.AddScoped<SubmitMatter>();
        services.AddScoped<TrackMatter>();
        services.AddScoped<PetitionerActions>();
        services.AddScoped<Cases.ICaseRegistrationObserver, RegistrationTextMessages>();
        return services;
    }
}
