using Xinfang.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation;

/// <summary>Names of units, places and categories, cached for a short while: they change rarely and are
/// needed on every list and case page. The administration use cases drop the cache after each change, so this
/// instance shows it at once; other instances of the web app within <see cref="Lifetime"/>.</summary>
public sealed class OrganisationDirectory(TimeProvider clock, IDbContextFactory<XinfangDbContext> contexts)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);
    private readonly Lock _gate = new();
    private Snapshot? _snapshot;
    private int _generation;

    public sealed record Snapshot(
        IReadOnlyDictionary<int, Unit> Units,
        IReadOnlyDictionary<int, Region> Regions,
        IReadOnlyDictionary<int, Category> Categories,
        DateTimeOffset LoadedAt)
    {
        public string? UnitName(int? id) => id is { } key && Units.TryGetValue(key, out var unit) ? unit.Name : null;
        public string? RegionName(int? id) => id is { } key && Regions.TryGetValue(key, out var region) ? region.Name : null;
        public string? CategoryName(int? id) => id is { } key && Categories.TryGetValue(key, out var category) ? category.Name : null;

        /// <summary>Offered at intake: the category and its top-level category are both active.</summary>
        public bool IsSelectable(Category category) =>
            category.IsActive && (category.ParentId is not { } parent || !Categories.TryGetValue(parent, out var top) || top.IsActive);

        /// <summary>The categories a matter can be filed under: selectable, with no selectable category beneath.</summary>
        public IEnumerable<Category> SelectableLeaves()
        {
            var selectable = Categories.Values.Where(IsSelectable).ToList();
            var parents = selectable.Where(c => c.ParentId is not null).Select(c => c.ParentId!.Value).ToHashSet();
            return selectable.Where(c => !parents.Contains(c.Id)).OrderBy(c => c.Code, StringComparer.Ordinal);
        }

        /// <summary>"城乡建设 / 物业管理"</summary>
        public string? CategoryPath(int? id)
        {
            if (id is not { } key || !Categories.TryGetValue(key, out var category))
            {
                return null;
            }

            return category.ParentId is { } parent && Categories.TryGetValue(parent, out var top) ? $"{top.Name} / {category.Name}" : category.Name;
        }
    }

    public async Task<Snapshot> GetAsync(CancellationToken ct = default)
    {
        var current = _snapshot;
        if (current is not null && clock.GetUtcNow() - current.LoadedAt < Lifetime)
        {
            return current;
        }

        // Two requests may both reload after expiry; that is harmless and cheaper than a lock around the load.
        // A load that started before an invalidation is returned to its caller but not kept.
        var generation = Volatile.Read(ref _generation);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var loaded = new Snapshot(
            await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct),
            await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, ct),
            await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, ct),
            clock.GetUtcNow());
        lock (_gate)
        {
            if (generation == _generation)
            {
                _snapshot = loaded;
            }
        }

        return loaded;
    }

    /// <summary>One unit (an account's, at sign-in); a unit created on another instance within the cache's lifetime
    /// is loaded at once.</summary>
    public async Task<Unit> UnitAsync(int id, CancellationToken ct = default)
    {
        if ((await GetAsync(ct)).Units.TryGetValue(id, out var unit))
        {
            return unit;
        }

        Invalidate();
        return (await GetAsync(ct)).Units.TryGetValue(id, out unit) ? unit : throw new InvalidOperationException($"Unit {id} does not exist.");
    }

    /// <summary>Forgets the cached names after a change: the next read loads them again.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _generation++;
            _snapshot = null;
        }
    }
}
