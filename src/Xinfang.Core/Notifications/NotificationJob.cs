using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xinfang.Core.Notifications.Features;

namespace Xinfang.Core.Notifications;

/// <summary>Runs the scheduled notifications every <c>Notifications:IntervalMinutes</c> (default 30; 0 turns it off): 临期 and
/// 超期 of running deadlines, knowledge entries past their review date. Each event is told once (see
/// <see cref="NotifyDeadlines"/>), however often this runs and on however many instances.</summary>
public sealed class NotificationJob(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<NotificationJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue<int?>("Notifications:IntervalMinutes") ?? 30;
        if (minutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var deadlines = await scope.ServiceProvider.GetRequiredService<NotifyDeadlines>().HandleAsync(stoppingToken);
                var reviews = await scope.ServiceProvider.GetRequiredService<NotifyKnowledgeReviews>().HandleAsync(stoppingToken);
                if (deadlines + reviews > 0)
                {
                    logger.LogInformation("Notifications: {Deadlines} about deadlines, {Reviews} about knowledge reviews.", deadlines, reviews);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A second instance that told the same event first makes this save fail on the unique key: the next run
                // finds it told and adds the rest.
                logger.LogWarning(e, "Scheduled notifications failed; they are tried again at the next run.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
