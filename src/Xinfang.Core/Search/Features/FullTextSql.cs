using System.Runtime.CompilerServices;
using Xinfang.Core.Data;

namespace Xinfang.Core.Search.Features;

/// <summary>The one place where the two databases' full-text dialects differ. Both answer (key, score) for the rows
/// whose words satisfy every required group; a row holding the query's words as one phrase scores above any that holds
/// them scattered (or only the shorter words inside a long one). Query words hold letters and digits only
/// (<see cref="SearchTexts"/>), so quoting them is safe; they are passed as parameters all the same.</summary>
internal static class FullTextSql
{
    public static FormattableString CaseHits(XinfangDbContext db, SearchWords words) =>
        Hits(db, words, table: "CaseSearchTexts", index: "CaseSearchIndex", key: "CaseId");

    public static FormattableString KnowledgeHits(XinfangDbContext db, SearchWords words) =>
        Hits(db, words, table: "KnowledgeSearchTexts", index: "KnowledgeSearchIndex", key: "EntryId");

    /// <param name="table">A table of (Id, key, Text) whose PostgreSQL "Vector" column and SQLite FTS5 <paramref name="index"/>
    /// are made by its migration.</param>
    private static FormattableString Hits(XinfangDbContext db, SearchWords words, string table, string index, string key)
    {
        if (db.IsPostgres)
        {
            var all = words.AnyGroup
                ? string.Join(" | ", words.Required.Select(g => "(" + string.Join(" & ", g.Select(w => $"'{w}'")) + ")"))
                : string.Join(" & ", words.Required.Select(g => "(" + string.Join(" | ", g.Select(w => $"'{w}'")) + ")"));
            var phrase = string.Join(" <-> ", words.Phrase.Select(w => $"'{w}'"));
            return FormattableStringFactory.Create($$"""
                SELECT t."{{key}}" AS "Key",
                       ts_rank_cd(t."Vector", to_tsquery('simple', {0}))::float8
                       + CASE WHEN t."Vector" @@ to_tsquery('simple', {1}) THEN 100 ELSE 0 END AS "Score"
                FROM "{{table}}" t
                WHERE t."Vector" @@ to_tsquery('simple', {0})
                """, all, phrase);
        }

        var match = words.AnyGroup
            ? string.Join(" OR ", words.Required.Select(g => "(" + string.Join(" AND ", g.Select(w => $"\"{w}\"")) + ")"))
            : string.Join(" AND ", words.Required.Select(g => "(" + string.Join(" OR ", g.Select(w => $"\"{w}\"")) + ")"));
        var phraseMatch = "\"" + string.Join(' ', words.Phrase) + "\"";
        return FormattableStringFactory.Create($$"""
            SELECT t."{{key}}" AS "Key",
                   -bm25("{{index}}")
                   + CASE WHEN i.rowid IN (SELECT rowid FROM "{{index}}" WHERE "{{index}}" MATCH {1}) THEN 100 ELSE 0 END AS "Score"
            FROM "{{index}}" i JOIN "{{table}}" t ON t."Id" = i.rowid
            WHERE "{{index}}" MATCH {0}
            """, match, phraseMatch);
    }
}

public sealed class CaseHit
{
    public Guid Key { get; set; }

    public double Score { get; set; }
}

public sealed class EntryHit
{
    public int Key { get; set; }

    public double Score { get; set; }
}
