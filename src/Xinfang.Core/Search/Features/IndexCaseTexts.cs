using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Data;

namespace Xinfang.Core.Search.Features;

/// <summary>Builds the searchable words of cases that have none — cases stored before search existed, or written by the
/// bulk demo generator — in batches, each its own transaction (`xinfang search reindex`, and the demo at start).</summary>
public sealed class IndexCaseTexts(XinfangDbContext db)
{
    private const int BatchSize = 500;

    public Task<int> CountMissingAsync(CancellationToken ct) => Missing().CountAsync(ct);

    public async Task<int> IndexMissingAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        // The keys first, in one anti-join: paging the anti-join itself would pass over every indexed case again for
        // each batch (quadratic at a million cases). Oldest first, so that the texts' row order is the cases' order of
        // receipt, as it is for texts written at registration (search windows on the newest matches by that order).
        var missing = await Missing().OrderBy(c => c.ReceivedAt).Select(c => c.Id).ToListAsync(ct);
        var total = missing.Count;
        var done = 0;
        progress?.Report((0, total));
        // Words of the next batch are cut while the previous batch is written.
        Task<CaseSearchText[]>? cutting = null;
        foreach (var keys in missing.Chunk(BatchSize))
        {
            var batch = await db.Cases.AsNoTracking().Where(c => keys.Contains(c.Id))
                .Select(c => new { c.Id, c.Subject, c.Content, c.ReplyText, c.ReceivedMonth, c.RegionId }).ToListAsync(ct);
            var notes = (await db.CaseEvents.AsNoTracking().Where(e => keys.Contains(e.CaseId))
                    .Select(e => new { e.CaseId, e.Note, e.DocumentText }).ToListAsync(ct))
                .ToLookup(e => e.CaseId);
            var units = (await db.CaseUnits.AsNoTracking().Where(u => keys.Contains(u.CaseId) && u.IsCurrent)
                    .Select(u => new { u.CaseId, u.UnitId, u.RegionId }).ToListAsync(ct))
                .ToLookup(u => u.CaseId);
            var next = Task.Run(() =>
            {
                var built = new CaseSearchText[batch.Count];
                Parallel.For(0, batch.Count, i =>
                {
                    var c = batch[i];
                    built[i] = new CaseSearchText(c.Id, KeepCaseSearchText.TextOf(c.Subject, c.Content, c.ReplyText, notes[c.Id].Select(e => (e.Note, e.DocumentText)),
                        CaseSearchTags.Of(c.ReceivedMonth, c.RegionId, units[c.Id].Select(u => (u.UnitId, u.RegionId)))));
                });
                return built;
            }, ct);
            if (cutting is not null)
            {
                done += await SaveAsync(await cutting, ct);
                progress?.Report((done, total));
            }

            cutting = next;
        }

        if (cutting is not null)
        {
            done += await SaveAsync(await cutting, ct);
            progress?.Report((done, total));
        }

        return done;
    }

    private IQueryable<Case> Missing()
    {
        var texts = db.CaseSearchTexts;
        return db.Cases.AsNoTracking().Where(c => !texts.Any(t => t.CaseId == c.Id));
    }

    private async Task<int> SaveAsync(CaseSearchText[] texts, CancellationToken ct)
    {
        db.CaseSearchTexts.AddRange(texts);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return texts.Length;
    }
}
