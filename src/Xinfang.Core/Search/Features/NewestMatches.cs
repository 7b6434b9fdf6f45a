using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Data;

namespace Xinfang.Core.Search.Features;

/// <summary>The newest texts (by month of receipt, then row order) that match a query and whose cases are among
/// <c>cases</c> (scope and filters), at most <c>size</c>: the last <see cref="CaseSearchTags.RecentMonths"/> months first,
/// which the index answers from a few thousand rows however many match in all; all time only when those are fewer.</summary>
internal static class NewestMatches
{
    public static async Task<long[]> FindAsync(XinfangDbContext db, SearchWords words, IQueryable<Case> cases, IReadOnlyList<IReadOnlyList<string>> tags,
        int size, DateTimeOffset now, CancellationToken ct)
    {
        var recent = await QueryAsync([.. tags, CaseSearchTags.RecentMonthTags(now)]);
        return recent.Length >= size ? recent : await QueryAsync(tags);

        Task<long[]> QueryAsync(IReadOnlyList<IReadOnlyList<string>> groups) =>
            db.Database.SqlQuery<TextMatch>(FullTextSql.CaseMatches(db, words, groups))
                .Join(cases, m => m.Key, c => c.Id, (m, c) => m.Row)
                .OrderByDescending(row => row).Take(size).ToArrayAsync(ct);
    }
}
