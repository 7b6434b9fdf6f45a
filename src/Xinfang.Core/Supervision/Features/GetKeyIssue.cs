using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Calendar;

namespace Xinfang.Core.Supervision.Features;

/// <summary>One ledger entry with its record and linked cases, within the actor's scope. Linked cases the actor
/// may not see (dispatched to another township) are left out and only counted.</summary>
public sealed class GetKeyIssue(XinfangDbContext db, TimeProvider clock, DeadlinePolicy policy, OrganisationDirectory directory)
{
    public async Task<Result<KeyIssueDetailView>> HandleAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        if (!LedgerAccess.CanRead(actor))
        {
            return LedgerRules.ReadForbidden();
        }

        var issue = await db.KeyIssues.AsNoTracking().Include(i => i.Notes).Include(i => i.Cases).AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (issue is null)
        {
            return LedgerRules.NotFound(id);
        }

        var names = await directory.GetAsync(ct);
        if (!actor.Scope.CanSee(issue, names))
        {
            return LedgerRules.OutOfScope();
        }

        return await ToViewAsync(issue, actor, names, ct);
    }

    /// <summary>The view of an entry a supervision use case has just changed.</summary>
    public async Task<KeyIssueDetailView> ToViewAsync(KeyIssue issue, Actor actor, CancellationToken ct) =>
        await ToViewAsync(issue, actor, await directory.GetAsync(ct), ct);

    private async Task<KeyIssueDetailView> ToViewAsync(KeyIssue issue, Actor actor, OrganisationDirectory.Snapshot names, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var cases = (await LedgerQueries.VisibleLinkedCasesAsync(db, actor.Scope, [issue.Id], ct))[issue.Id].ToList();
        var people = await LedgerQueries.UserNamesAsync(db, [issue.LeaderUserId], ct);
        var campaign = issue.CampaignId is { } campaignId
            ? await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => new CampaignRef(c.Id, c.Name)).FirstOrDefaultAsync(ct)
            : null;
        return new KeyIssueDetailView(
            issue.Id, issue.Title,
            issue.CategoryId is { } category ? new NamedRef(category, names.CategoryPath(category)) : null,
            issue.RegionId is { } region ? new NamedRef(region, names.RegionName(region)) : null,
            new NamedRef(issue.LeaderUserId, people.GetValueOrDefault(issue.LeaderUserId)),
            new NamedRef(issue.UnitId, names.UnitName(issue.UnitId)),
            issue.Target, issue.TargetDate, issue.Status, KeyIssueNames.Of(issue.Status), issue.IsOverdue(today),
            issue.TargetDate.DayNumber - today.DayNumber, issue.ResolvedOn, campaign, issue.CreatedAt, issue.UpdatedAt, issue.Version,
            issue.Notes.OrderBy(n => n.Sequence).Select(n => new LedgerNoteView(n.At, n.Kind, KeyIssueNames.Of(n.Kind), n.ActorName, n.Text,
                n.StatusBefore, n.StatusAfter, KeyIssueNames.Of(n.StatusAfter))).ToList(),
            cases.Select(c => new LinkedCaseView(c.CaseId, c.Number, c.Subject, c.Status, CaseNames.Of(c.Status), names.RegionName(c.RegionId),
                names.UnitName(c.LeadUnitId), c.DueDate, c.DueAt, Deadlines.StateOf(c.DueDate, c.DueAt, clock.GetUtcNow(), policy.Settings.DueSoonDays))).ToList(),
            issue.Cases.Count - cases.Count,
            LedgerAccess.CanManage(actor),
            LedgerAccess.CanComment(actor));
    }
}
