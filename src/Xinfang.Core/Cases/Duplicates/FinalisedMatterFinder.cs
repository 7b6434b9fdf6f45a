using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Cases.Duplicates;

/// <summary>A finalised (终结) matter a new registration repeats: what the new case records about it.</summary>
public sealed record FinalisedMatter(Guid Id, string Number, CaseStatus Status)
{
    public static FinalisedMatter Of(Case @case) => new(@case.Id, @case.Number, @case.Status);
}

/// <summary>One new matter to look up: its category (none: nothing to look up), text and petitioners' keyed hashes.</summary>
public sealed record FinalisedQuestion(int? CategoryId, string Content, IReadOnlyCollection<string> IdentityHashes);

/// <summary>A finalised matter of the same petitioner and category, with its text, before the facts are compared.</summary>
public sealed record FinalisedCandidate(Guid Id, string Number, string Content);

/// <summary>
/// Recognises a matter brought again after its re-review was finished (终结): the same petitioner (by ID number
/// or phone), the same issue category, and content that tells the same facts.
/// </summary>
public static class FinalisedMatterFinder
{
    public const double SameFactsThreshold = 0.5;

    /// <summary>How many of the petitioner's finalised matters of the category are compared, newest first.</summary>
    public const int MaxCandidates = 20;

    public static async Task<FinalisedMatter?> FindAsync(XinfangDbContext db, int categoryId, string content, IReadOnlyCollection<string> identityHashes, CancellationToken ct)
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
            .Take(MaxCandidates)
            .Select(c => new FinalisedCandidate(c.Id, c.Number, c.Content))
            .ToListAsync(ct);
        return SameFacts(candidates, content);
    }

    /// <summary>For a batch of new matters, each one's finalised precedent (or null), from one query over all their
    /// petitioners' hashes.</summary>
    public static async Task<IReadOnlyList<FinalisedMatter?>> FindManyAsync(XinfangDbContext db, IReadOnlyList<FinalisedQuestion> questions, CancellationToken ct)
    {
        var hashes = questions.Where(q => q.CategoryId is not null).SelectMany(q => q.IdentityHashes).Distinct().ToList();
        if (hashes.Count == 0)
        {
            return [.. questions.Select(_ => (FinalisedMatter?)null)];
        }

        var rows = await (
                from p in db.Petitioners
                where hashes.Contains(p.IdNumberHash!) || hashes.Contains(p.PhoneHash!)
                join c in db.Cases on p.CaseId equals c.Id
                where c.Status == CaseStatus.Final
                select new { c.Id, c.Number, c.Content, c.CategoryId, c.ClosedOn, p.IdNumberHash, p.PhoneHash })
            .ToListAsync(ct);
        return [.. questions.Select(q => q.CategoryId is null ? null : SameFacts(rows
            .Where(r => r.CategoryId == q.CategoryId && (q.IdentityHashes.Contains(r.IdNumberHash!) || q.IdentityHashes.Contains(r.PhoneHash!)))
            .DistinctBy(r => r.Id).OrderByDescending(r => r.ClosedOn).Take(MaxCandidates)
            .Select(r => new FinalisedCandidate(r.Id, r.Number, r.Content)), q.Content))];
    }

    /// <summary>The candidate whose text tells the same facts as <paramref name="content"/>, if any.</summary>
    public static FinalisedMatter? SameFacts(IEnumerable<FinalisedCandidate> candidates, string content) => candidates
        .Select(c => (Candidate: c, Score: TextSimilarity.Dice(c.Content, content)))
        .Where(x => x.Score >= SameFactsThreshold)
        .OrderByDescending(x => x.Score)
        .Select(x => new FinalisedMatter(x.Candidate.Id, x.Candidate.Number, CaseStatus.Final))
        .FirstOrDefault();
}
