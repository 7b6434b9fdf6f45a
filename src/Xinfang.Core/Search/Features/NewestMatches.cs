using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Data;

namespace Xinfang.Core.Search.Features;

/// <summary>The newest texts (by month of receipt, then row order) that match a query and whose cases are among
/// <c>cases</c> (scope and filters; null for every case), at most <c>size</c>; with a <c>prefix</c> (a place or scope
/// tag) only texts that carry it, and any further <c>tags</c> groups. The index is asked for the last months
/// first — two, then six — and for all time only when those hold fewer: a frequent word matches tens of thousands of
/// texts in all but a few thousand in two months, and every match found must be read to be ordered.</summary>
internal static class NewestMatches
{
    private static readonly int[] MonthSlices = [2, 6];

    public static async Task<long[]> FindAsync(XinfangDbContext db, SearchWords words, IQueryable<Case>? cases, string? prefix,
        IReadOnlyList<IReadOnlyList<string>> tags, int size, DateTimeOffset now, CancellationToken ct)
    {
        var found = 0;
        var slice = 0;
        foreach (var months in MonthSlices)
        {
            // A longer slice is worth asking only when the shorter one, scaled up, could fill the window.
            if (slice > 0 && found * months / slice < size)
            {
                break;
            }

            var recent = await QueryAsync([.. tags, CaseSearchTags.RecentMonths(prefix, now, months)]);
            if (recent.Length >= size)
            {
                return recent;
            }

            (found, slice) = (recent.Length, months);
        }

        return await QueryAsync(prefix is null ? tags : [.. tags, [prefix]]);

        Task<long[]> QueryAsync(IReadOnlyList<IReadOnlyList<string>> groups)
        {
            var matches = db.Database.SqlQuery<TextMatch>(FullTextSql.CaseMatches(db, words, groups));
            var rows = cases is null ? matches.Select(m => m.Row) : matches.Join(cases, m => m.Key, c => c.Id, (m, c) => m.Row);
            return rows.OrderByDescending(row => row).Take(size).ToArrayAsync(ct);
        }
    }
}
