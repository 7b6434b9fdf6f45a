using System.Runtime.CompilerServices;
using Xinfang.Core.Data;

namespace Xinfang.Core.Search.Features;

/// <summary>The one place where the two databases' full-text dialects differ. Both answer (key, score) for the rows
/// whose words satisfy every required group; a row holding the query's words as one phrase scores above any that holds
/// them scattered (or only the shorter words inside a long one). Query words hold letters and digits only
/// (<see cref="SearchTexts"/>), so quoting them is safe; they are passed as parameters all the same.</summary>
internal static class FullTextSql
{
    /// <summary>The text rows (row number, case) whose words satisfy the query, unranked: composed with the searcher's
    /// scope and filters, and cut to the newest rows, before anything is ranked — ranking every match of a frequent word
    /// at a million cases costs seconds.</summary>
    /// <param name="tags">Groups of <see cref="CaseSearchTags"/> of which the text must hold one each (scope, place,
    /// recent months): the index intersects them with the words before any row is read.</param>
    public static FormattableString CaseMatches(XinfangDbContext db, SearchWords words, IReadOnlyList<IReadOnlyList<string>> tags)
    {
        if (db.IsPostgres)
        {
            var query = string.Join(" & ", [$"({PostgresQuery(words)})", .. tags.Select(g => "(" + string.Join(" | ", g.Select(t => $"'{t}'")) + ")")]);
            return $"""SELECT t."Id" AS "Row", t."CaseId" AS "Key" FROM "CaseSearchTexts" t WHERE t."Vector" @@ to_tsquery('simple', {query})""";
        }

        var match = string.Join(" AND ", [$"({SqliteQuery(words)})", .. tags.Select(g => "(" + string.Join(" OR ", g.Select(t => $"\"{t}\"")) + ")")]);
        return $"""
            SELECT t."Id" AS "Row", t."CaseId" AS "Key"
            FROM "CaseSearchIndex" i JOIN "CaseSearchTexts" t ON t."Id" = i.rowid
            WHERE "CaseSearchIndex" MATCH {match}
            """;
    }

    /// <summary>(case, score) of the given text rows: a row holding the query's words as one phrase scores above any that
    /// holds them scattered, as <see cref="KnowledgeHits"/> scores entries.</summary>
    public static FormattableString RankCases(XinfangDbContext db, SearchWords words, long[] rows)
    {
        if (db.IsPostgres)
        {
            return $"""
                SELECT t."Id" AS "Row", t."CaseId" AS "Key",
                       ts_rank_cd(t."Vector", to_tsquery('simple', {PostgresQuery(words)}))::float8
                       + CASE WHEN t."Vector" @@ to_tsquery('simple', {PostgresPhrase(words)}) THEN 100 ELSE 0 END AS "Score"
                FROM "CaseSearchTexts" t
                WHERE t."Id" = ANY({rows})
                """;
        }

        return $"""
            SELECT t."Id" AS "Row", t."CaseId" AS "Key",
                   -bm25("CaseSearchIndex")
                   + CASE WHEN i.rowid IN (SELECT rowid FROM "CaseSearchIndex" WHERE "CaseSearchIndex" MATCH {SqlitePhrase(words)}) THEN 100 ELSE 0 END AS "Score"
            FROM "CaseSearchIndex" i JOIN "CaseSearchTexts" t ON t."Id" = i.rowid
            WHERE "CaseSearchIndex" MATCH {SqliteQuery(words)} AND i.rowid IN (SELECT value FROM json_each({"[" + string.Join(',', rows) + "]"}))
            """;
    }

    public static FormattableString KnowledgeHits(XinfangDbContext db, SearchWords words) =>
        Hits(db, words, table: "KnowledgeSearchTexts", index: "KnowledgeSearchIndex", key: "EntryId");

    /// <param name="table">A table of (Id, key, Text) whose PostgreSQL "Vector" column and SQLite FTS5 <paramref name="index"/>
    /// are made by its migration.</param>
    private static FormattableString Hits(XinfangDbContext db, SearchWords words, string table, string index, string key)
    {
        if (db.IsPostgres)
        {
            var all = PostgresQuery(words);
            var phrase = PostgresPhrase(words);
            return FormattableStringFactory.Create($$"""
                SELECT t."{{key}}" AS "Key",
                       ts_rank_cd(t."Vector", to_tsquery('simple', {0}))::float8
                       + CASE WHEN t."Vector" @@ to_tsquery('simple', {1}) THEN 100 ELSE 0 END AS "Score"
                FROM "{{table}}" t
                WHERE t."Vector" @@ to_tsquery('simple', {0})
                """, all, phrase);
        }

        var match = SqliteQuery(words);
        var phraseMatch = SqlitePhrase(words);
        return FormattableStringFactory.Create($$"""
            SELECT t."{{key}}" AS "Key",
                   -bm25("{{index}}")
                   + CASE WHEN i.rowid IN (SELECT rowid FROM "{{index}}" WHERE "{{index}}" MATCH {1}) THEN 100 ELSE 0 END AS "Score"
            FROM "{{index}}" i JOIN "{{table}}" t ON t."Id" = i.rowid
            WHERE "{{index}}" MATCH {0}
            """, match, phraseMatch);
    }

    private static string PostgresQuery(SearchWords words) => words.AnyGroup
        ? string.Join(" | ", words.Required.Select(g => "(" + string.Join(" & ", g.Select(w => $"'{w}'")) + ")"))
        : string.Join(" & ", words.Required.Select(g => "(" + string.Join(" | ", g.Select(w => $"'{w}'")) + ")"));

    private static string PostgresPhrase(SearchWords words) => string.Join(" <-> ", words.Phrase.Select(w => $"'{w}'"));

    private static string SqliteQuery(SearchWords words) => words.AnyGroup
        ? string.Join(" OR ", words.Required.Select(g => "(" + string.Join(" AND ", g.Select(w => $"\"{w}\"")) + ")"))
        : string.Join(" AND ", words.Required.Select(g => "(" + string.Join(" OR ", g.Select(w => $"\"{w}\"")) + ")"));

    private static string SqlitePhrase(SearchWords words) => "\"" + string.Join(' ', words.Phrase) + "\"";
}

public sealed class TextMatch
{
    public long Row { get; set; }

    public Guid Key { get; set; }
}

public sealed class CaseHit
{
    public long Row { get; set; }

    public Guid Key { get; set; }

    public double Score { get; set; }
}

public sealed class EntryHit
{
    public int Key { get; set; }

    public double Score { get; set; }
}
