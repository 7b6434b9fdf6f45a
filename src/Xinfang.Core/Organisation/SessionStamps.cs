using Xinfang.Core.Identity;
using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation;

/// <summary>
/// Whether a session still stands: its account is active and keeps the security stamp the session was signed in
/// with (an administrator's lock, deactivation, password reset or change of unit or roles gives a new stamp).
/// Each account's stamp is remembered for <see cref="Lifetime"/>, so checking every request costs no database
/// round trip; a change saved through this process is forgotten at once (<see cref="AccountChangeInterceptor"/>),
/// one made by another process (the command line) ends the sessions within <see cref="Lifetime"/>.
/// </summary>
public sealed class SessionStamps(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private sealed record Entry(bool IsActive, string? Stamp, DateTimeOffset Expires);

    private readonly ConcurrentDictionary<int, Entry> _entries = new();

    /// <summary>Bumped by every <see cref="Forget"/>: a lookup that raced with a change does not store what it read.</summary>
    private long _generation;

    public async Task<bool> IsCurrentAsync(int userId, string stamp, XinfangDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(userId, out var entry) && entry.Expires > now && entry.IsActive && entry.Stamp == stamp)
        {
            return true;
        }

        // Not remembered, expired, or not matching — perhaps changed by another process (a new sign-in after a
        // password reset at the command line): ask the database.
        var generation = Interlocked.Read(ref _generation);
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.IsActive, u.SecurityStamp }).FirstOrDefaultAsync(ct);
        entry = new Entry(account?.IsActive ?? false, account?.SecurityStamp, now + Lifetime);
        if (Interlocked.Read(ref _generation) == generation)
        {
            _entries[userId] = entry;
        }

        return entry.IsActive && entry.Stamp == stamp;
    }

    public void Forget(int userId)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(userId, out _);
    }
}

/// <summary>Forgets the remembered stamp of the accounts a context holds once its changes are saved, and again when
/// its transaction commits (a session checked in between would otherwise keep the old stamp for a while).</summary>
public sealed class AccountChangeInterceptor(SessionStamps stamps) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Forget(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Forget(DbContext? db)
    {
        foreach (var entry in db?.ChangeTracker.Entries<AppUser>() ?? [])
        {
            stamps.Forget(entry.Entity.Id);
        }
    }
}

/// <summary>Whether a signed-in session still stands (its account active, its security stamp current): asked on every
/// request and every minute of a live page. A scoped use case over the process-wide <see cref="SessionStamps"/> (which
/// cannot hold a context factory: the factory's own interceptors need the stamps).</summary>
public sealed class SessionValidator(SessionStamps stamps, XinfangDbContext db)
{
    public Task<bool> IsCurrentAsync(int userId, string stamp, CancellationToken ct) => stamps.IsCurrentAsync(userId, stamp, db, ct);
}
