using Xinfang.Core.Analysis.Briefing;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;

namespace Xinfang.Web.Analysis;

/// <summary>Scheduled briefings: every <c>Analysis:BriefingIntervalMinutes</c> (default 60; 0 turns it off) the last
/// complete week, month and quarter are generated and kept (Word and PDF) unless one is kept already, so that leaders
/// find the week's briefing on Monday morning and the month's on the first.</summary>
public sealed class BriefingJob(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<BriefingJob> logger) : BackgroundService
{
    public const string ScheduledBy = "定时生成";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue<int?>("Analysis:BriefingIntervalMinutes") ?? 60;
        if (minutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Scheduled briefing failed; it is tried again at the next tick.");
            }
        }
    }

    /// <summary>The periods that ended before today and are not kept yet.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var generated = new List<string>();
        foreach (var period in new[] { BriefingPeriod.Week(today).Previous, BriefingPeriod.Month(today).Previous, BriefingPeriod.Quarter(today).Previous })
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = Actor.System;
            var archive = scope.ServiceProvider.GetRequiredService<BriefingArchive>();
            if (await archive.HasAsync(period.Key, ct))
            {
                continue;
            }

            var kept = await scope.ServiceProvider.GetRequiredService<BriefingKeeper>().KeepAsync(period, null, Actor.System, ScheduledBy, ct);
            if (!kept.IsSuccess)
            {
                throw new InvalidOperationException(kept.FirstError.Message);
            }

            logger.LogInformation("Briefing {Period} generated and kept.", period.Key);
            generated.Add(period.Key);
        }

        return generated;
    }
}
