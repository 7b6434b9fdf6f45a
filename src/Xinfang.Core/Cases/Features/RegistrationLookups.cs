using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases.Duplicates;
using Xinfang.Core.Data;

namespace Xinfang.Core.Cases.Features;

/// <summary>
/// The two reads a registration needs before it is written: the next case serial of the year, and the petitioner's
/// finalised matters of the same category (终结, to recognise the same facts brought again). On PostgreSQL they are
/// one statement — one round trip instead of two on every registration; SQLite runs the two queries.
/// </summary>
internal static class RegistrationLookups
{
    public static async Task<(int Serial, FinalisedMatter? Precedent)> ReadAsync(XinfangDbContext db, int year, int? categoryId, string content,
        IReadOnlyCollection<string> identityHashes, CancellationToken ct)
    {
        if (!db.IsPostgres || identityHashes.Count == 0 || categoryId is null)
        {
            // Without a category (a channel's matter awaiting 补录) the check runs when the registrar completes it.
            var precedent = categoryId is null ? null : await FinalisedMatterFinder.FindAsync(db, categoryId.Value, content, identityHashes, ct);
            return (await CaseNumbers.NextAsync(db, year, ct), precedent);
        }

        var sequence = await CaseNumbers.SequenceAsync(db, year, ct);
        var hashes = identityHashes.Distinct().ToArray();
        // A CTE with nextval is evaluated once; the lateral join keeps its one row when there is no candidate.
        // The candidates start from the petitioners' hash indexes, as in FinalisedMatterFinder.
        var rows = await db.Database.SqlQuery<LookupRow>($"""
            WITH serial AS MATERIALIZED (SELECT nextval({sequence}::regclass) AS "Serial")
            SELECT s."Serial", f."Id", f."Number", f."Content"
            FROM serial AS s
            LEFT JOIN LATERAL (
                SELECT c."Id", c."Number", c."Content"
                FROM "Cases" AS c
                WHERE c."Status" = 'Final' AND c."CategoryId" = {categoryId}
                  AND c."Id" IN (SELECT p."CaseId" FROM "Petitioners" AS p WHERE p."IdNumberHash" = ANY({hashes}) OR p."PhoneHash" = ANY({hashes}))
                ORDER BY c."ClosedOn" DESC
                LIMIT {FinalisedMatterFinder.MaxCandidates}) AS f ON TRUE
            """).ToListAsync(ct);
        var candidates = rows.Where(r => r.Id is not null).Select(r => new FinalisedCandidate(r.Id!.Value, r.Number!, r.Content!));
        return (checked((int)rows[0].Serial), FinalisedMatterFinder.SameFacts(candidates, content));
    }

    private sealed class LookupRow
    {
        public long Serial { get; init; }
        public Guid? Id { get; init; }
        public string? Number { get; init; }
        public string? Content { get; init; }
    }
}
