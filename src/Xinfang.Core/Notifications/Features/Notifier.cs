using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Notifications.Features;

/// <summary>
/// Writes notifications into the caller's unit of work (saved with the step they tell of) and, once saved, signals the
/// recipients' open pages. Recipients are found by unit and role among active accounts; the person who acted is never
/// told of their own step.
/// </summary>
public sealed class Notifier(XinfangDbContext db, TimeProvider clock, NotificationSignal signal) : IDisposable
{
    /// <summary>The staff who work a unit's cases.</summary>
    public static readonly IReadOnlyList<string> UnitStaff = [Roles.Handler, Roles.UnitHead];

    private static readonly UnitKind[] DistrictWide = [UnitKind.Bureau, UnitKind.AcceptanceCentre, UnitKind.DistrictLeadership];

    private readonly HashSet<int> _pending = [];
    private bool _listening;

    /// <summary>Active accounts with one of <paramref name="roles"/>: of one unit, or (no unit) of the units that see the whole
    /// district (the bureau, the acceptance centre, the leadership) — never a township's account for a district-wide matter.</summary>
    public async Task<IReadOnlyList<int>> UsersAsync(int? unitId, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        var users = StaffAccounts.WithRoles(db, roles);
        users = unitId is { } unit
            ? users.Where(u => u.UnitId == unit)
            : users.Where(u => db.Set<Unit>().Any(x => x.Id == u.UnitId && DistrictWide.Contains(x.Kind)));

        return await users.Select(u => u.Id).ToListAsync(ct);
    }

    public void Add(IEnumerable<int> userIds, NotificationKind kind, string title, string body, string link, Guid? caseId = null, int? except = null)
    {
        var now = clock.GetUtcNow();
        foreach (var user in userIds.Distinct().Where(u => u != except))
        {
            db.Notifications.Add(new Notification(user, kind, title, body, link, caseId, null, now));
            Pending(user);
        }
    }

    /// <summary>Which users were already told of which scheduled events (by key), read in chunks.</summary>
    public async Task<HashSet<(int User, string Key)>> ToldAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var told = new HashSet<(int, string)>();
        foreach (var chunk in keys.Distinct().Chunk(1000))
        {
            var rows = await db.Notifications.AsNoTracking().Where(n => n.DedupKey != null && chunk.Contains(n.DedupKey))
                .Select(n => new { n.UserId, n.DedupKey }).ToListAsync(ct);
            told.UnionWith(rows.Select(r => (r.UserId, r.DedupKey!)));
        }

        return told;
    }

    /// <summary>For a scheduled event: adds it for the users not yet told (<paramref name="told"/>, see <see cref="ToldAsync"/>);
    /// returns how many.</summary>
    public int AddOnce(IEnumerable<int> userIds, NotificationKind kind, string title, string body, string link, Guid? caseId, string dedupKey,
        HashSet<(int User, string Key)> told)
    {
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var user in userIds.Distinct().Where(u => told.Add((u, dedupKey))))
        {
            db.Notifications.Add(new Notification(user, kind, title, body, link, caseId, dedupKey, now));
            Pending(user);
            added++;
        }

        return added;
    }

    private void Pending(int user)
    {
        _pending.Add(user);
        if (!_listening)
        {
            db.SavedChanges += OnSaved;
            _listening = true;
        }
    }

    private void OnSaved(object? sender, SavedChangesEventArgs e)
    {
        var users = new HashSet<int>(_pending);
        _pending.Clear();
        signal.Raise(users);
    }

    public void Dispose()
    {
        if (_listening)
        {
            db.SavedChanges -= OnSaved; // the context is pooled: it must not keep this scope's handler
            _listening = false;
        }
    }
}
