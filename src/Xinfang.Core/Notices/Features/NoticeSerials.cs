using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Notices.Features;

/// <summary>The next number of a kind's series in a year: one atomic upsert (SQLite and PostgreSQL alike), so two
/// instances never issue the same number. It runs before the step is saved: a step that then fails leaves a gap in
/// the series, as a withdrawn number does on paper.</summary>
internal static class NoticeSerials
{
    public static async Task<int> NextAsync(XinfangDbContext db, NoticeKind kind, int year, CancellationToken ct)
    {
        var name = kind.ToString();
        var last = await db.Database.SqlQuery<int>($"""
            INSERT INTO "NoticeSerials" ("Kind", "Year", "Last") VALUES ({name}, {year}, 1)
            ON CONFLICT ("Kind", "Year") DO UPDATE SET "Last" = "NoticeSerials"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(ct);
        return last[0];
    }
}
