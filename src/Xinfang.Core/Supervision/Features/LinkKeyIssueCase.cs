using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Cases;

namespace Xinfang.Core.Supervision.Features;

public sealed record LinkCaseRequest(string? Case = null);

/// <summary>Links a case (by number or id) to a ledger entry, or removes the link: several petitions about one
/// problem are followed as one issue. Supervisors only.</summary>
public sealed class LinkKeyIssueCase(XinfangDbContext db, TimeProvider clock, OrganisationDirectory directory, GetKeyIssue views)
{
    public async Task<Result<KeyIssueDetailView>> LinkAsync(Guid id, LinkCaseRequest request, Actor actor, CancellationToken ct = default) =>
        await ViewAsync(await LinkCoreAsync(id, request, actor, default), actor, ct);

    private async Task<Result<KeyIssue>> LinkCoreAsync(Guid id, LinkCaseRequest request, Actor actor, CancellationToken ct)
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

        var key = request.Case?.Trim() ?? "";
        if (key.Length == 0)
        {
            return LedgerRules.Required("case", "信访事项编号");
        }

        var found = await FindCaseAsync(key, ct);
        if (found is null)
        {
            return Error.Validation("case", "case.not_found", $"信访事项 {key} 不存在。");
        }

        var now = clock.GetUtcNow();
        return await KeyIssueStore.SaveAsync(db, issue, null, i => i.LinkCase(found.Id, found.Number, actor, now), ct);
    }

    public async Task<Result<KeyIssueDetailView>> UnlinkAsync(Guid id, string caseKey, Actor actor, CancellationToken ct = default) =>
        await ViewAsync(await UnlinkCoreAsync(id, caseKey, actor, default), actor, ct);

    private async Task<Result<KeyIssue>> UnlinkCoreAsync(Guid id, string caseKey, Actor actor, CancellationToken ct)
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

        var link = issue.Cases.FirstOrDefault(c => c.CaseNumber == caseKey || c.CaseId.ToString() == caseKey);
        if (link is null)
        {
            return LedgerRules.CaseNotLinked(caseKey);
        }

        var now = clock.GetUtcNow();
        return await KeyIssueStore.SaveAsync(db, issue, null, i => i.UnlinkCase(link.CaseId, actor, now), ct);
    }

    private sealed record FoundCase(Guid Id, string Number);

    private Task<FoundCase?> FindCaseAsync(string key, CancellationToken ct) => Guid.TryParse(key, out var caseId)
        ? db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new FoundCase(c.Id, c.Number)).FirstOrDefaultAsync(ct)
        : db.Cases.AsNoTracking().Where(c => c.Number == key).Select(c => new FoundCase(c.Id, c.Number)).FirstOrDefaultAsync(ct);

    /// <summary>The entry as its page shows it, once the change is saved.</summary>
    private async Task<Result<KeyIssueDetailView>> ViewAsync(Result<KeyIssue> done, Actor actor, CancellationToken ct) =>
        done.IsSuccess ? await views.ToViewAsync(done.Value, actor, ct) : Result.Failure<KeyIssueDetailView>([.. done.Errors]);
}
