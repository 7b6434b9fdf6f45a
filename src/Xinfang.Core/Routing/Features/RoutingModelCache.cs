using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Routing.Features;

/// <summary>The newest stored model, loaded once per instance and replaced when a newer one appears in the database
/// (another instance may have trained it). The newest id is looked up at most every <see cref="RecheckAfter"/>, so a
/// registration does not pay a round trip for it; training in this instance takes effect at once.</summary>
public sealed class RoutingModelCache(TimeProvider clock)
{
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(30);
    private volatile LoadedRoutingModel? current;
    private long checkedAtTicks; // UTC ticks of the last look-up; read and written whole across threads

    public void Invalidate() => Volatile.Write(ref checkedAtTicks, 0);

    public async Task<LoadedRoutingModel?> GetAsync(XinfangDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcTicks;
        if (now - Volatile.Read(ref checkedAtTicks) < RecheckAfter.Ticks)
        {
            return current;
        }

        var newest = await db.RoutingModels.MaxAsync(m => (int?)m.Id, ct);
        Volatile.Write(ref checkedAtTicks, now);
        if (newest is null)
        {
            return null;
        }

        if (current is { } loaded && loaded.Stored.Id == newest)
        {
            return loaded;
        }

        var stored = await db.RoutingModels.AsNoTracking().SingleAsync(m => m.Id == newest, ct);
        using var bytes = new MemoryStream(stored.Model);
        var model = new LoadedRoutingModel(stored, CategoryModel.Load(bytes),
            JsonSerializer.Deserialize<Dictionary<string, int[][]>>(stored.UnitsJson) ?? []);
        current = model;
        return model;
    }
}

/// <summary>A stored model ready to suggest; <see cref="Units"/> maps a category id (as text) to [unit id, closed cases] pairs.</summary>
public sealed record LoadedRoutingModel(StoredRoutingModel Stored, CategoryModel Model, IReadOnlyDictionary<string, int[][]> Units);
