using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Data;

namespace Xinfang.Core.Search.Features;

/// <summary>Builds the searchable words of cases that have none — cases stored before search existed, or written by the
/// bulk demo generator — in batches, each its own transaction (`xinfang search reindex`, and the demo at start).</summary>
public sealed class IndexCaseTexts(XinfangDbContext db)
{
    private const int BatchSize = 500;

    public async Task<int> IndexMissingAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        var texts = db.CaseSearchTexts;
        var missing = db.Cases.AsNoTracking().Where(c => !texts.Any(t => t.CaseId == c.Id));
        var total = await missing.CountAsync(ct);
        var done = 0;
        progress?.Report((0, total));
        while (done < total)
        {
            var batch = await missing.OrderBy(c => c.Id).Take(BatchSize)
                .Select(c => new { c.Id, c.Subject, c.Content, c.ReplyText }).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            var ids = batch.Select(c => c.Id).ToList();
            var notes = (await db.CaseEvents.AsNoTracking().Where(e => ids.Contains(e.CaseId))
                    .Select(e => new { e.CaseId, e.Note, e.DocumentText }).ToListAsync(ct))
                .ToLookup(e => e.CaseId);
            var built = new CaseSearchText[batch.Count];
            Parallel.For(0, batch.Count, i =>
            {
                var c = batch[i];
                built[i] = new CaseSearchText(c.Id, KeepCaseSearchText.TextOf(c.Subject, c.Content, c.ReplyText, notes[c.Id].Select(e => (e.Note, e.DocumentText))));
            });
            db.CaseSearchTexts.AddRange(built);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            done += batch.Count;
            progress?.Report((done, total));
        }

        return done;
    }
}
