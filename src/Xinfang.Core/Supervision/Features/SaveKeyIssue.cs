using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Supervision.Features;

/// <summary>The editable facts of a ledger entry as a client sends them; every field is checked and each bad one
/// is named in Chinese.</summary>
public sealed record KeyIssueRequest(
    string? Title = null,
    int? CategoryId = null,
    int? RegionId = null,
    int? LeaderUserId = null,
    int? UnitId = null,
    string? Target = null,
    DateOnly? TargetDate = null,
    Guid? CampaignId = null,
    int? ExpectedVersion = null);

/// <summary>建立台账 / 修改台账: a supervisor enters or edits a key issue with its responsible leader and unit, target
/// and target date. Nothing is stored unless every field is valid.</summary>
public sealed class SaveKeyIssue(XinfangDbContext db, TimeProvider clock, OrganisationDirectory directory, GetKeyIssue views)
{
    public async Task<Result<KeyIssueDetailView>> CreateAsync(KeyIssueRequest request, Actor actor, CancellationToken ct = default) =>
        await ViewAsync(await CreateCoreAsync(request, actor, default), actor, ct);

    private async Task<Result<KeyIssue>> CreateCoreAsync(KeyIssueRequest request, Actor actor, CancellationToken ct)
    {
        if (!LedgerAccess.CanManage(actor))
        {
            return LedgerRules.ManageForbidden();
        }

        var now = clock.GetUtcNow();
        var (facts, errors) = await ValidateAsync(request, null, ChinaTime.DateOf(now), ct);
        if (errors.Count > 0)
        {
            return Result.Failure<KeyIssue>([.. errors]);
        }

        var issue = KeyIssue.Create(facts!, actor, now);
        db.KeyIssues.Add(issue);
        await db.SaveChangesAsync(ct);
        return issue;
    }

    public async Task<Result<KeyIssueDetailView>> EditAsync(Guid id, KeyIssueRequest request, Actor actor, CancellationToken ct = default) =>
        await ViewAsync(await EditCoreAsync(id, request, actor, default), actor, ct);

    private async Task<Result<KeyIssue>> EditCoreAsync(Guid id, KeyIssueRequest request, Actor actor, CancellationToken ct)
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

        var now = clock.GetUtcNow();
        var (facts, errors) = await ValidateAsync(request, issue, ChinaTime.DateOf(now), ct);
        if (errors.Count > 0)
        {
            return Result.Failure<KeyIssue>([.. errors]);
        }

        return await KeyIssueStore.SaveAsync(db, issue, request.ExpectedVersion, i => i.Edit(facts!, actor, now), ct);
    }

    private async Task<(KeyIssueFacts? Facts, List<Error> Errors)> ValidateAsync(KeyIssueRequest r, KeyIssue? existing, DateOnly today, CancellationToken ct)
    {
        var errors = new List<Error>();
        var names = await directory.GetAsync(ct);
        var title = r.Title?.Trim() ?? "";
        if (title.Length == 0) errors.Add(LedgerRules.Required("title", "问题名称"));
        else if (title.Length > KeyIssue.MaxTitle) errors.Add(LedgerRules.TooLong("title", "问题名称", KeyIssue.MaxTitle));

        if (r.CategoryId is { } category && !names.Categories.ContainsKey(category))
        {
            errors.Add(Error.Validation("categoryId", "validation.not_found", $"问题分类 {category} 不存在。"));
        }

        if (r.RegionId is { } region && (!names.Regions.TryGetValue(region, out var place) || place.Kind != RegionKind.Township))
        {
            errors.Add(Error.Validation("regionId", "validation.not_found", "请选择一个乡镇（街道）。"));
        }

        if (r.LeaderUserId is not { } leader)
        {
            errors.Add(LedgerRules.Required("leaderUserId", "责任领导"));
        }
        else if (await DistrictLeaders.FindAsync(db, leader, ct) is null)
        {
            errors.Add(Error.Validation("leaderUserId", "ledger.not_a_leader", "责任领导须为具有“领导”角色的人员。"));
        }

        if (r.UnitId is not { } unit)
        {
            errors.Add(LedgerRules.Required("unitId", "责任单位"));
        }
        else if (!names.Units.TryGetValue(unit, out var found) || !found.IsActive)
        {
            errors.Add(Error.Validation("unitId", "validation.not_found", $"责任单位 {unit} 不存在或已停用。"));
        }

        var target = r.Target?.Trim() ?? "";
        if (target.Length == 0) errors.Add(LedgerRules.Required("target", "化解目标"));
        else if (target.Length > KeyIssue.MaxText) errors.Add(LedgerRules.TooLong("target", "化解目标", KeyIssue.MaxText));

        if (r.TargetDate is not { } targetDate)
        {
            errors.Add(LedgerRules.Required("targetDate", "目标时限"));
        }
        else if (targetDate < today && targetDate != existing?.TargetDate)
        {
            // A new or moved target date lies ahead; an unchanged past one may stay when other facts are edited.
            errors.Add(LedgerRules.TargetDateInPast());
        }

        if (r.CampaignId is { } campaign && !await db.Campaigns.AnyAsync(c => c.Id == campaign, ct))
        {
            errors.Add(Error.Validation("campaignId", "campaign.not_found", "所选专项行动不存在。"));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new KeyIssueFacts(title, r.CategoryId, r.RegionId, r.LeaderUserId!.Value, r.UnitId!.Value, target, r.TargetDate!.Value, r.CampaignId), errors);
    }

    /// <summary>The entry as its page shows it, once the change is saved.</summary>
    private async Task<Result<KeyIssueDetailView>> ViewAsync(Result<KeyIssue> done, Actor actor, CancellationToken ct) =>
        done.IsSuccess ? await views.ToViewAsync(done.Value, actor, ct) : Result.Failure<KeyIssueDetailView>([.. done.Errors]);
}

/// <summary>Loading a whole ledger entry, and saving a change to it with its version checked.</summary>
internal static class KeyIssueStore
{
    /// <summary>The entry to change, with its notes and linked cases, if it exists and is within the actor's scope.</summary>
    public static async Task<Result<KeyIssue>> OpenAsync(XinfangDbContext db, OrganisationDirectory directory, Guid id, Actor actor, CancellationToken ct)
    {
        var issue = await db.KeyIssues.Include(i => i.Notes).Include(i => i.Cases).AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (issue is null)
        {
            return LedgerRules.NotFound(id);
        }

        if (!actor.Scope.CanSee(issue, await directory.GetAsync(ct)))
        {
            return LedgerRules.OutOfScope();
        }

        return issue;
    }

    public static async Task<Result<KeyIssue>> SaveAsync(XinfangDbContext db, KeyIssue issue, int? expectedVersion, Action<KeyIssue> change, CancellationToken ct)
    {
        try
        {
            issue.EnsureVersion(expectedVersion);
            change(issue);
            await db.SaveChangesAsync(ct);
            return issue;
        }
        catch (RuleViolationException violation)
        {
            return violation.Error;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("ledger.stale_version", "该台账事项已被他人同时更新，请刷新后重试。");
        }
    }
}
