using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Cases.Features;

/// <summary>
/// Issues case serials per year so that several web instances never hand out the same number.
/// PostgreSQL: one sequence per year (nextval takes no row lock, so registrations do not queue behind each
/// other's commits; a rolled-back registration leaves a gap). SQLite: an upsert on a counter row — SQLite
/// serialises writers anyway.
/// </summary>
public static class CaseNumbers
{
    // Sequences already known to exist (per database), so the common path is one nextval round trip.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> KnownSequences = new();

    public static async Task<int> NextAsync(XinfangDbContext db, int year, CancellationToken ct) =>
        (await ReserveAsync(db, year, 1, ct))[0];

    /// <summary>Reserves <paramref name="count"/> serials of a year (bulk generation uses large blocks).</summary>
    public static async Task<IReadOnlyList<int>> ReserveAsync(XinfangDbContext db, int year, int count, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (db.IsPostgres)
        {
            var sequence = await SequenceAsync(db, year, ct);
            var values = await db.Database
                .SqlQuery<long>($"SELECT nextval({sequence}::regclass) AS \"Value\" FROM generate_series(1, {count})")
                .ToListAsync(ct);
            return values.Select(v => checked((int)v)).Order().ToList();
        }

        var last = await db.Database.SqlQuery<int>($"""
            INSERT INTO "CaseNumberSequences" ("Year", "Last") VALUES ({year}, {count})
            ON CONFLICT ("Year") DO UPDATE SET "Last" = "CaseNumberSequences"."Last" + {count}
            RETURNING "Last" AS "Value"
            """).ToListAsync(ct);
        return Enumerable.Range(last[0] - count + 1, count).ToList();
    }

    /// <summary>PostgreSQL: the year's sequence, created on first use; its quoted name, to pass as a
    /// <c>regclass</c> parameter.</summary>
    internal static async Task<string> SequenceAsync(XinfangDbContext db, int year, CancellationToken ct)
    {
        // The name is built from a checked integer, never from user text.
        var sequence = "case_serial_" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var known = db.Database.GetConnectionString() + "|" + sequence;
        if (!KnownSequences.ContainsKey(known))
        {
#pragma warning disable EF1003 // an identifier cannot be a parameter; it is built from an integer above
            await db.Database.ExecuteSqlRawAsync("CREATE SEQUENCE IF NOT EXISTS \"" + sequence + "\"", ct);
#pragma warning restore EF1003
            KnownSequences[known] = true;
        }

        return "\"" + sequence + "\"";
    }
}
