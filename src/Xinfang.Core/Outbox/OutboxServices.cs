using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Outbox.Features;

namespace Xinfang.Core.Outbox;

public static class OutboxServices
{
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddHttpClient(DeliverOutbox.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddScoped<DeliverOutbox>();
        services.AddScoped<OutboxQueries>();
        services.AddHostedService<OutboxDeliveryService>();
        return services;
    }
}
