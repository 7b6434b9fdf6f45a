using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xinfang.Core.Outbox.Features;

namespace Xinfang.Core.Outbox;

/// <summary>Runs <see cref="DeliverOutbox"/> every few seconds (<c>Outbox:IntervalSeconds</c>, default 5; 0 turns it
/// off, e.g. in tests that run deliveries themselves). Several instances may run it: leases keep them apart.</summary>
public sealed class OutboxDeliveryService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<OutboxDeliveryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue<int?>("Outbox:IntervalSeconds") ?? 5;
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DeliverOutbox>().DrainAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Outbox delivery run failed; it is tried again at the next tick.");
            }
        }
    }
}
