using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Outbox.Features;

namespace Xinfang.Core.Outbox;

public static class OutboxServices
{
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        // No redirects: a redirected POST would arrive as a GET without its body and count as delivered, and could be
        // steered to hosts the administrator never named.
        services.AddHttpClient(DeliverOutbox.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddScoped<DeliverOutbox>();
        services.AddScoped<OutboxQueries>();
        services.AddHostedService<OutboxDeliveryService>();
        return services;
    }
}
