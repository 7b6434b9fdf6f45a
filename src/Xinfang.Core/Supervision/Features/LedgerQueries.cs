using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Supervision.Features;

/// <summary>Reads shared by the ledger's views: linked cases within the reader's scope, and people's names.</summary>
internal static class LedgerQueries
{
    public sealed record LinkedCaseRow(Guid IssueId, Guid CaseId, string Number, string Subject, CaseStatus Status, int? RegionId, int? LeadUnitId, DateOnly? DueDate, DateTimeOffset? DueAt);

    /// <summary>The linked cases of the given issues that the scope may see (a township sees only what was dispatched
    /// to its units, whatever ledger entry the case is linked to).</summary>
    public static async Task<ILookup<Guid, LinkedCaseRow>> VisibleLinkedCasesAsync(XinfangDbContext db, DataScope scope, IReadOnlyCollection<Guid> issueIds, CancellationToken ct)
    {
        var ids = issueIds.ToList();
        var visible = db.Cases.AsNoTracking().VisibleTo(scope);
        var rows = await (
                from link in db.KeyIssueCases.AsNoTracking()
                where ids.Contains(link.KeyIssueId)
                join c in visible on link.CaseId equals c.Id
                select new LinkedCaseRow(link.KeyIssueId, c.Id, c.Number, c.Subject, c.Status, c.RegionId, c.LeadUnitId, c.DueDate, c.DueAt))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Number, StringComparer.Ordinal).ToLookup(r => r.IssueId);
    }

    public static async Task<IReadOnlyDictionary<int, string>> UserNamesAsync(XinfangDbContext db, IEnumerable<int> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        return (await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(ct))
            .ToDictionary(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? "");
    }
}
