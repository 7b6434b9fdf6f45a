using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Duplicates;
using Xinfang.Core.Data;

namespace Xinfang.Core.Search.Features;

/// <summary>
/// 重复件识别 on every new matter, in its registration's transaction, by indexes only (it must stay fast at millions of
/// cases): open or recent (<see cref="RecentDays"/>) cases of the same petitioner — ID number or phone, by keyed hash —
/// and, in the same township, cases whose words share at least two of the new matter's most telling words (the
/// full-text index), kept when their texts are alike (character-bigram Dice ≥ <see cref="MinimumSimilarity"/>).
/// </summary>
public sealed class FindDuplicateCandidates(XinfangDbContext db, TimeProvider clock) : ICaseRegistrationObserver
{
    public const int RecentDays = 90;
    public const double MinimumSimilarity = 0.3;
    private const int MaxPerCase = 5;
    private const int Window = 200;

    private static readonly CaseStatus[] Finished = [CaseStatus.Closed, CaseStatus.Final, CaseStatus.NotAccepted, CaseStatus.Reviewed, CaseStatus.Merged];

    public async Task RegisteredAsync(IReadOnlyList<Case> cases, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var since = now.AddDays(-RecentDays);
        var live = db.Cases.AsNoTracking().Where(c => !Finished.Contains(c.Status) || c.ReceivedAt >= since);
        foreach (var @case in cases)
        {
            var found = new Dictionary<Guid, DuplicateCandidate>();
            var hashes = @case.Petitioners.SelectMany(p => new[] { p.IdNumberHash, p.PhoneHash }).Where(h => h is not null).Distinct().ToList();
            if (hashes.Count > 0)
            {
                var petitioners = db.Petitioners;
                var same = await live
                    .Where(c => c.Id != @case.Id && petitioners.Any(p => p.CaseId == c.Id && (hashes.Contains(p.IdNumberHash) || hashes.Contains(p.PhoneHash))))
                    .OrderByDescending(c => c.ReceivedAt).Take(MaxPerCase)
                    .Select(c => new { c.Id, c.Number }).ToListAsync(ct);
                foreach (var c in same)
                {
                    found[c.Id] = new DuplicateCandidate(@case.Id, c.Id, c.Number, DuplicateReason.SamePerson, 1.0, "身份证号或手机号相同", now);
                }
            }

            if (@case.RegionId is { } region && PairQuery(@case) is { } words)
            {
                // The newest matching texts of the township's live cases, then the best ranked of those compared in full.
                var regional = live.Where(c => c.Id != @case.Id && c.RegionId == region);
                var window = await NewestMatches.FindAsync(db, words, regional, CaseSearchTags.Place(region), [], Window, now, ct);
                var similar = window.Length == 0 ? [] : await db.Database.SqlQuery<CaseHit>(FullTextSql.RankCases(db, words, window))
                    .Join(db.Cases, h => h.Key, c => c.Id, (h, c) => new { c.Id, c.Number, c.Subject, c.Content, h.Score })
                    .OrderByDescending(h => h.Score).Take(20).ToListAsync(ct);
                foreach (var c in similar.Where(c => !found.ContainsKey(c.Id)))
                {
                    var likeness = TextSimilarity.Dice($"{@case.Subject}{@case.Content}", $"{c.Subject}{c.Content}");
                    if (likeness >= MinimumSimilarity)
                    {
                        found[c.Id] = new DuplicateCandidate(@case.Id, c.Id, c.Number, DuplicateReason.SimilarTextSamePlace, Math.Round(likeness, 3),
                            $"同一乡镇，内容相似度 {likeness:P0}", now);
                    }
                }
            }

            db.DuplicateCandidates.AddRange(found.Values.OrderByDescending(d => d.Score).Take(MaxPerCase));
        }
    }

    /// <summary>The new matter's five most telling words, of which any two must occur together (ten pairs).</summary>
    private static SearchWords? PairQuery(Case @case)
    {
        var keywords = SearchTexts.Keywords($"{@case.Subject}。{@case.Content}", 5);
        if (keywords.Count < 2)
        {
            return null;
        }

        var pairs = new List<IReadOnlyList<string>>();
        for (var i = 0; i < keywords.Count; i++)
        {
            for (var j = i + 1; j < keywords.Count; j++)
            {
                pairs.Add([keywords[i], keywords[j]]);
            }
        }

        return new SearchWords(keywords, pairs, AnyGroup: true);
    }
}
