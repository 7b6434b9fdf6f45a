using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Supervision.Features;

public sealed record LedgerQuery(KeyIssueStatus? Status = null, Guid? CampaignId = null, int? RegionId = null, int? LeaderUserId = null, bool OverdueOnly = false);

/// <summary>重点问题台账: the entries the actor may see, filtered, with counts by status (over every status, for the
/// chart), the overdue count, and each campaign's progress. Active overdue entries first, then by target date.</summary>
public sealed class ListKeyIssues(XinfangDbContext db, TimeProvider clock, OrganisationDirectory directory)
{
    public async Task<Result<LedgerView>> HandleAsync(LedgerQuery query, Actor actor, CancellationToken ct = default)
    {
        if (!LedgerAccess.CanRead(actor))
        {
            return LedgerRules.ReadForbidden();
        }

        var today = ChinaTime.Today(clock);
        var names = await directory.GetAsync(ct);
        var visible = await db.KeyIssues.AsNoTracking().VisibleTo(actor.Scope, names).ToListAsync(ct);
        var campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.StartDate).ThenBy(c => c.Name).ToListAsync(ct);

        var scoped = visible
            .Where(i => query.CampaignId is null || i.CampaignId == query.CampaignId)
            .Where(i => query.RegionId is null || i.RegionId == query.RegionId)
            .Where(i => query.LeaderUserId is null || i.LeaderUserId == query.LeaderUserId)
            .ToList();
        var listed = scoped
            .Where(i => query.Status is null || i.Status == query.Status)
            .Where(i => !query.OverdueOnly || i.IsOverdue(today))
            .OrderByDescending(i => i.IsOverdue(today))
            .ThenByDescending(i => KeyIssueNames.IsActive(i.Status))
            .ThenBy(i => i.TargetDate)
            .ThenBy(i => i.Title, StringComparer.Ordinal)
            .ToList();

        var ids = listed.Select(i => i.Id).ToList();
        var progress = (await db.KeyIssueNotes.AsNoTracking()
                .Where(n => ids.Contains(n.KeyIssueId) && n.Kind == KeyIssueNoteKind.Progress)
                .Select(n => new { n.KeyIssueId, n.Sequence, n.At, n.Text })
                .ToListAsync(ct))
            .GroupBy(n => n.KeyIssueId)
            .ToDictionary(g => g.Key, g => g.MaxBy(n => n.Sequence)!);
        var cases = await LedgerQueries.VisibleLinkedCasesAsync(db, actor.Scope, ids, ct);
        var people = await LedgerQueries.UserNamesAsync(db, listed.Select(i => i.LeaderUserId), ct);
        var campaignNames = campaigns.ToDictionary(c => c.Id, c => new CampaignRef(c.Id, c.Name));

        var items = listed.Select(i => new KeyIssueListItem(
            i.Id, i.Title, names.CategoryPath(i.CategoryId), names.RegionName(i.RegionId),
            new NamedRef(i.LeaderUserId, people.GetValueOrDefault(i.LeaderUserId)), new NamedRef(i.UnitId, names.UnitName(i.UnitId)),
            i.Target, i.TargetDate, i.Status, KeyIssueNames.Of(i.Status), i.IsOverdue(today),
            cases[i.Id].Select(c => c.Number).ToList(),
            i.CampaignId is { } c && campaignNames.TryGetValue(c, out var campaign) ? campaign : null,
            progress.TryGetValue(i.Id, out var last) ? last.At : null, last?.Text, i.Version)).ToList();

        var byStatus = Enum.GetValues<KeyIssueStatus>()
            .Select(s => new StatusCount(s, KeyIssueNames.Of(s), scoped.Count(i => i.Status == s)))
            .ToList();
        var campaignViews = campaigns.Select(c => new CampaignView(c.Id, c.Name, c.Goal, c.StartDate, c.TargetDate, c.TargetDate.DayNumber - today.DayNumber,
            CampaignProgress.Of(visible.Where(i => i.CampaignId == c.Id).Select(i => (i.Status, i.TargetDate)), today))).ToList();
        return new LedgerView(today, items, byStatus, scoped.Count(i => i.IsOverdue(today)), campaignViews, LedgerAccess.CanManage(actor));
    }
}
