using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xinfang.Core.Common;

namespace Xinfang.Core.Analysis.Warnings;

/// <summary>Computes the day's early warning every <c>Analysis:WarningIntervalMinutes</c> (default 60; 0 turns it off),
/// so a surge is seen within the hour. A run repeats nothing: a warning that goes on is extended, and a second instance
/// running the same day meets the unique key of what the first raised.</summary>
public sealed class WarningJob(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<WarningJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue<int?>("Analysis:WarningIntervalMinutes") ?? 60;
        if (minutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<ComputeWarnings>().HandleAsync(ChinaTime.Today(clock), ct: stoppingToken);
                if (run.Raised > 0)
                {
                    logger.LogInformation("Early warning for {Day}: {Raised} raised, {Updated} extended.", run.Day, run.Raised, run.Updated);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Early warning run failed; it is tried again at the next tick.");
            }
        }
    }
}
