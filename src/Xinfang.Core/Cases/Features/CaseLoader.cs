using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Cases.Features;

public static class CaseLoader
{
    /// <summary>A whole case aggregate: petitioners, units, timeline and the list of attachments (not their bytes).</summary>
    public static Task<Case?> LoadAsync(XinfangDbContext db, Guid id, CancellationToken ct) =>
        db.Cases
            .Include(c => c.Petitioners)
            .Include(c => c.Units)
            .Include(c => c.Events)
            .Include(c => c.Attachments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct);

    public static async Task<Case?> LoadByNumberOrIdAsync(XinfangDbContext db, string key, CancellationToken ct)
    {
        if (Guid.TryParse(key, out var id))
        {
            return await LoadAsync(db, id, ct);
        }

        var found = await db.Cases.Where(c => c.Number == key).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        return found is { } caseId ? await LoadAsync(db, caseId, ct) : null;
    }
}
