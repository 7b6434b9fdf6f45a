using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Cases;
using Xinfang.Core.Intake.Features;
using Xinfang.Core.Outbox;

namespace Xinfang.Core.Intake;

/// <summary>External channels: their integration clients and the matters they hand over.</summary>
public static class IntakeServices
{
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddScoped<IntegrationClients>();
        services.AddScoped<AuthenticateClient>();
        services.AddScoped<IntakeCases>();
        services.AddScoped<IntakeStatus>();
        services.AddScoped<IntakeMappings>();
        services.AddScoped<ImportIntakeFile>();
        services.AddScoped<CaseStatusMessages>();
        services.AddScoped<ICaseStepObserver>(provider => provider.GetRequiredService<CaseStatusMessages>());
        services.AddScoped<IOutboxEndpoints>(provider => provider.GetRequiredService<CaseStatusMessages>());
        return services;
    }
}
