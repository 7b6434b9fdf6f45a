using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Supervision.Features;

public sealed record LedgerExportNote(string IssueTitle, DateTimeOffset At, string Kind, string Actor, string Text, string StatusAfter);

/// <summary>What the ledger workbook holds: the listed entries, every line of their records, and the campaigns.</summary>
public sealed record LedgerExport(string District, DateOnly Today, LedgerView Ledger, IReadOnlyList<LedgerExportNote> Notes);

/// <summary>The ledger as officials report it upwards: the same entries the actor sees on screen (same filters and
/// scope), with their records, for the .xlsx writer.</summary>
public sealed class ExportLedger(XinfangDbContext db, ListKeyIssues list, DistrictOptions district)
{
    public async Task<Result<LedgerExport>> HandleAsync(LedgerQuery query, Actor actor, CancellationToken ct = default)
    {
        var ledger = await list.HandleAsync(query, actor, ct);
        if (!ledger.IsSuccess)
        {
            return Result.Failure<LedgerExport>([.. ledger.Errors]);
        }

        var titles = ledger.Value.Items.ToDictionary(i => i.Id, i => i.Title);
        var ids = titles.Keys.ToList();
        var notes = (await db.KeyIssueNotes.AsNoTracking().Where(n => ids.Contains(n.KeyIssueId)).ToListAsync(ct))
            .OrderBy(n => ids.IndexOf(n.KeyIssueId)).ThenBy(n => n.Sequence)
            .Select(n => new LedgerExportNote(titles[n.KeyIssueId], n.At, KeyIssueNames.Of(n.Kind), n.ActorName, n.Text, KeyIssueNames.Of(n.StatusAfter)))
            .ToList();
        return new LedgerExport(district.Name, ledger.Value.Today, ledger.Value, notes);
    }
}
