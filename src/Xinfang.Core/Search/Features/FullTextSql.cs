using Xinfang.Core.Data;

namespace Xinfang.Core.Search.Features;

/// <summary>The one place where the two databases' full-text dialects differ. Both answer (case id, score) for the cases
/// whose words include every query word; a case holding the query's words as one phrase scores above any that
/// holds them scattered (or only the shorter words inside a long one). Query words hold letters and digits only (<see cref="SearchTexts"/>), so quoting them is safe.</summary>
internal static class FullTextSql
{

    public static FormattableString CaseHits(XinfangDbContext db, SearchWords words)
    {
        if (db.IsPostgres)
        {
            var all = string.Join(" & ", words.Required.Select(g => "(" + string.Join(" | ", g.Select(w => $"'{w}'")) + ")"));
            var phrase = string.Join(" <-> ", words.Phrase.Select(w => $"'{w}'"));
            return $"""
                SELECT t."CaseId" AS "CaseId",
                       ts_rank_cd(t."Vector", to_tsquery('simple', {all}))::float8
                       + CASE WHEN t."Vector" @@ to_tsquery('simple', {phrase}) THEN 100 ELSE 0 END AS "Score"
                FROM "CaseSearchTexts" t
                WHERE t."Vector" @@ to_tsquery('simple', {all})
                """;
        }

        var match = string.Join(" AND ", words.Required.Select(g => "(" + string.Join(" OR ", g.Select(w => $"\"{w}\"")) + ")"));
        var phraseMatch = "\"" + string.Join(' ', words.Phrase) + "\"";
        return $"""
            SELECT t."CaseId" AS "CaseId",
                   -bm25("CaseSearchIndex")
                   + CASE WHEN i.rowid IN (SELECT rowid FROM "CaseSearchIndex" WHERE "CaseSearchIndex" MATCH {phraseMatch}) THEN 100 ELSE 0 END AS "Score"
            FROM "CaseSearchIndex" i JOIN "CaseSearchTexts" t ON t."Id" = i.rowid
            WHERE "CaseSearchIndex" MATCH {match}
            """;
    }
}

public sealed class CaseHit
{
    public Guid CaseId { get; set; }

    public double Score { get; set; }
}
