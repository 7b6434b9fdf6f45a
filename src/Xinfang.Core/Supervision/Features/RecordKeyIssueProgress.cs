using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Supervision.Features;

public sealed record KeyIssueNoteRequest(string? Text = null, KeyIssueStatus? Status = null, int? ExpectedVersion = null);

/// <summary>进展情况 (supervisors, with an optional new status) and 领导意见 (leaders and supervisors) on a ledger
/// entry. The entry must be within the actor's scope; each line records who, when and what.</summary>
public sealed class RecordKeyIssueProgress(XinfangDbContext db, TimeProvider clock, OrganisationDirectory directory, GetKeyIssue views)
{
    public async Task<Result<KeyIssueDetailView>> ReportAsync(Guid id, KeyIssueNoteRequest request, Actor actor, CancellationToken ct = default) =>
        await ViewAsync(await ReportCoreAsync(id, request, actor, default), actor, ct);

    private async Task<Result<KeyIssue>> ReportCoreAsync(Guid id, KeyIssueNoteRequest request, Actor actor, CancellationToken ct)
    {
        if (!LedgerAccess.CanManage(actor))
        {
            return LedgerRules.ManageForbidden();
        }

        var opened = await KeyIssueStore.OpenAsync(db, directory, id, actor, ct);
        if (!opened.IsSuccess)
        {
            return opened;
        }

        var issue = opened.Value;

        var linked = issue.Cases.Select(c => c.CaseId).ToList();
        var open = CaseTransitions.OpenStates.ToList();
        var openNumbers = (await db.Cases.AsNoTracking().Where(c => linked.Contains(c.Id)).Select(c => new { c.Number, c.Status }).ToListAsync(ct))
            .Where(c => open.Contains(c.Status)).Select(c => c.Number).Order().ToList();
        var now = clock.GetUtcNow();
        return await KeyIssueStore.SaveAsync(db, issue, request.ExpectedVersion,
            i => i.ReportProgress(request.Text ?? "", request.Status, openNumbers, actor, now), ct);
    }

    public async Task<Result<KeyIssueDetailView>> CommentAsync(Guid id, KeyIssueNoteRequest request, Actor actor, CancellationToken ct = default) =>
        await ViewAsync(await CommentCoreAsync(id, request, actor, default), actor, ct);

    private async Task<Result<KeyIssue>> CommentCoreAsync(Guid id, KeyIssueNoteRequest request, Actor actor, CancellationToken ct)
    {
        if (!LedgerAccess.CanComment(actor))
        {
            return LedgerRules.CommentForbidden();
        }

        var opened = await KeyIssueStore.OpenAsync(db, directory, id, actor, ct);
        if (!opened.IsSuccess)
        {
            return opened;
        }

        var issue = opened.Value;

        var now = clock.GetUtcNow();
        return await KeyIssueStore.SaveAsync(db, issue, null, i => i.Comment(request.Text ?? "", actor, now), ct);
    }

    /// <summary>The entry as its page shows it, once the change is saved.</summary>
    private async Task<Result<KeyIssueDetailView>> ViewAsync(Result<KeyIssue> done, Actor actor, CancellationToken ct) =>
        done.IsSuccess ? await views.ToViewAsync(done.Value, actor, ct) : Result.Failure<KeyIssueDetailView>([.. done.Errors]);
}
