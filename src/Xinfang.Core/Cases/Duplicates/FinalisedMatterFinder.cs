using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Cases.Duplicates;

/// <summary>
/// Recognises a matter brought again after its re-review was finished (终结): the same petitioner (by ID number
/// or phone), the same issue category, and content that tells the same facts.
/// </summary>
public static class FinalisedMatterFinder
{
    public const double SameFactsThreshold = 0.5;

    public static async Task<Case?> FindAsync(XinfangDbContext db, int categoryId, string content, IReadOnlyCollection<string> identityHashes, CancellationToken ct)
    {
        if (identityHashes.Count == 0)
        {
            return null;
        }

        // Start from the petitioners' hash indexes (a handful of rows), not from the district's finalised matters of
        // the category (thousands at a million cases). One SQL parameter per hash: with a single array parameter
        // EF adds a NULL check for it that keeps PostgreSQL's prepared plan off those indexes.
        var hashes = identityHashes.Distinct().ToList();
        var samePetitioner = db.Petitioners
            .Where(p => EF.MultipleParameters(hashes).Contains(p.IdNumberHash!) || EF.MultipleParameters(hashes).Contains(p.PhoneHash!))
            .Select(p => p.CaseId);
        var candidates = await db.Cases
            .Where(c => samePetitioner.Contains(c.Id) && c.Status == CaseStatus.Final && c.CategoryId == categoryId)
            .OrderByDescending(c => c.ClosedOn)
            .Take(20)
            .ToListAsync(ct);
        return candidates
            .Select(c => (Case: c, Score: TextSimilarity.Dice(c.Content, content)))
            .Where(x => x.Score >= SameFactsThreshold)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Case)
            .FirstOrDefault();
    }
}
