using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xinfang.Core.Data;

namespace Xinfang.Core.Calendar;

/// <summary>What the database is seeded with, and what applies while it holds nothing: the built-in State Council
/// calendar (holidays.json) and the periods of the <c>Deadlines</c> configuration section (else the statutory ones).</summary>
public sealed record DeadlineDefaults(IReadOnlyList<HolidayYear> Years, DeadlineSettings Settings)
{
    public static DeadlineDefaults From(IConfiguration configuration) =>
        new(HolidayCalendar.BuiltIn().Years, configuration.GetSection("Deadlines").Get<DeadlineSettings>() ?? new DeadlineSettings());
}

/// <summary>
/// The holiday calendar and deadline settings in force, as the rest of the app asks for them: a scoped
/// <see cref="DeadlinePolicy"/> (and <see cref="DeadlineCalculator"/>) is taken from <see cref="Current"/> when a scope
/// starts, so one request or one workbench operation counts with one calendar, and nothing on a request path waits
/// for the database.
/// <para>
/// Several instances: each keeps an immutable snapshot with a fingerprint, the sum of the rows' revisions. Every save
/// raises its row's revision by one under an optimistic concurrency check and rows are never deleted, so the sum
/// grows with every change anywhere. The instance that saves reloads at once; every instance also compares the
/// fingerprint with the database every <see cref="RefreshInterval"/> (one tiny query, <see cref="DeadlinePolicyRefresher"/>)
/// and reloads when it moved — another instance's change applies there within five seconds. Deadlines already
/// stored on cases never change either way: only deadlines computed after the reload use the new data.
/// </para>
/// </summary>
public sealed class DeadlinePolicyProvider(IServiceScopeFactory scopes, DeadlineDefaults defaults) : IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _reloading = new(1, 1);
    private Snapshot? _snapshot;

    private sealed record Snapshot(DeadlinePolicy Policy, long Fingerprint);

    /// <summary>The policy in force. Loaded at start-up (<see cref="DatabaseInitializer"/>); a host that skipped
    /// that (a CLI command) loads it on first use.</summary>
    public DeadlinePolicy Current => (Volatile.Read(ref _snapshot) ?? LoadOnFirstUse()).Policy;

    public async Task ReloadAsync(CancellationToken ct = default)
    {
        await _reloading.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            Volatile.Write(ref _snapshot, await ReadAsync(scope.ServiceProvider.GetRequiredService<XinfangDbContext>(), ct));
        }
        finally
        {
            _reloading.Release();
        }
    }

    /// <summary>Reloads when another instance (or anything else) changed the stored calendar or settings.</summary>
    public async Task<bool> RefreshIfChangedAsync(CancellationToken ct = default)
    {
        long fingerprint;
        await using (var scope = scopes.CreateAsyncScope())
        {
            fingerprint = await FingerprintAsync(scope.ServiceProvider.GetRequiredService<XinfangDbContext>(), ct);
        }

        if (Volatile.Read(ref _snapshot)?.Fingerprint == fingerprint)
        {
            return false;
        }

        await ReloadAsync(ct);
        return true;
    }

    private Snapshot LoadOnFirstUse()
    {
        // Off the caller's synchronization context (a Blazor circuit), so the blocking wait cannot deadlock.
        Task.Run(() => ReloadAsync()).GetAwaiter().GetResult();
        return Volatile.Read(ref _snapshot)!;
    }

    private async Task<Snapshot> ReadAsync(XinfangDbContext db, CancellationToken ct)
    {
        var rows = await db.CalendarYears.AsNoTracking().ToListAsync(ct);
        var settingsRow = await db.DeadlineSettings.AsNoTracking().SingleOrDefaultAsync(ct);
        var stored = rows.Select(r => r.ToHolidayYear()).ToList();
        // Until the database is seeded, the built-in years apply; a stored year always replaces its built-in one.
        var years = stored.Concat(defaults.Years.Where(y => stored.All(s => s.Year != y.Year)));
        var settings = settingsRow?.ToSettings(defaults.Settings) ?? defaults.Settings;
        var policy = new DeadlinePolicy(new DeadlineCalculator(new HolidayCalendar(years)), settings);
        return new Snapshot(policy, rows.Sum(r => (long)r.Revision) + (settingsRow?.Revision ?? 0));
    }

    public void Dispose() => _reloading.Dispose();

    private static async Task<long> FingerprintAsync(XinfangDbContext db, CancellationToken ct) =>
        await db.CalendarYears.SumAsync(y => (long)y.Revision, ct)
        + (await db.DeadlineSettings.Select(s => (long?)s.Revision).SingleOrDefaultAsync(ct) ?? 0);

    /// <summary>Stores the built-in years and the configured settings that the database does not hold yet (a new
    /// database; a release that ships another year). Years an administrator saved are never overwritten.</summary>
    public async Task SeedAsync(XinfangDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var known = await db.CalendarYears.Select(y => y.Year).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var year in defaults.Years.Where(y => !known.Contains(y.Year)))
        {
            db.CalendarYears.Add(new StoredCalendarYear(year, now));
        }

        if (!await db.DeadlineSettings.AnyAsync(ct))
        {
            db.DeadlineSettings.Add(new StoredDeadlineSettings(defaults.Settings, now));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance seeded the same rows at the same moment: theirs stand.
            db.ChangeTracker.Clear();
        }
    }
}

/// <summary>Compares the stored fingerprint every <see cref="DeadlinePolicyProvider.RefreshInterval"/> and reloads on
/// a change made by another instance.</summary>
public sealed class DeadlinePolicyRefresher(DeadlinePolicyProvider provider, TimeProvider clock, ILogger<DeadlinePolicyRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(DeadlinePolicyProvider.RefreshInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await provider.RefreshIfChangedAsync(stoppingToken))
                {
                    logger.LogInformation("节假日安排或办理期限设置已变更，已重新加载。");
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "无法检查节假日安排与期限设置是否变更，暂按已加载的数据计算期限。");
            }
        }
    }
}
