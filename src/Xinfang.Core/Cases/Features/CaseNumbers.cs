using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Cases.Features;

/// <summary>Issues the next serial of a year atomically in the database (one upsert, both providers),
/// so several web instances never hand out the same number.</summary>
public static class CaseNumbers
{
    public static async Task<int> NextAsync(XinfangDbContext db, int year, CancellationToken ct)
    {
        var serials = await db.Database.SqlQuery<int>($"""
            INSERT INTO "CaseNumberSequences" ("Year", "Last") VALUES ({year}, 1)
            ON CONFLICT ("Year") DO UPDATE SET "Last" = "CaseNumberSequences"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(ct);
        return serials[0];
    }

    /// <summary>Reserves a block of serials for bulk generation; returns the first of the block.</summary>
    public static async Task<int> ReserveAsync(XinfangDbContext db, int year, int count, CancellationToken ct)
    {
        var last = await db.Database.SqlQuery<int>($"""
            INSERT INTO "CaseNumberSequences" ("Year", "Last") VALUES ({year}, {count})
            ON CONFLICT ("Year") DO UPDATE SET "Last" = "CaseNumberSequences"."Last" + {count}
            RETURNING "Last" AS "Value"
            """).ToListAsync(ct);
        return last[0] - count + 1;
    }
}
