using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Supervision.Features;

public sealed record CampaignRequest(string? Name = null, string? Goal = null, DateOnly? StartDate = null, DateOnly? TargetDate = null);

/// <summary>专项行动 (e.g. 2026年治重化积专项行动): a name, a goal and a target date; ledger entries then join it.
/// Supervisors only.</summary>
public sealed class CreateCampaign(XinfangDbContext db, TimeProvider clock)
{
    public async Task<Result<CampaignRef>> HandleAsync(CampaignRequest request, Actor actor, CancellationToken ct = default)
    {
        if (!LedgerAccess.CanManage(actor))
        {
            return LedgerRules.ManageForbidden();
        }

        var errors = new List<Error>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0) errors.Add(LedgerRules.Required("name", "专项行动名称"));
        else if (name.Length > Campaign.MaxName) errors.Add(LedgerRules.TooLong("name", "专项行动名称", Campaign.MaxName));
        if ((request.Goal?.Length ?? 0) > KeyIssue.MaxText) errors.Add(LedgerRules.TooLong("goal", "工作目标", KeyIssue.MaxText));
        if (request.TargetDate is null) errors.Add(LedgerRules.Required("targetDate", "目标时限"));
        if (errors.Count > 0)
        {
            return Result.Failure<CampaignRef>([.. errors]);
        }

        var now = clock.GetUtcNow();
        try
        {
            var campaign = Campaign.Create(name, request.Goal ?? "", request.StartDate ?? ChinaTime.DateOf(now), request.TargetDate!.Value, actor, now);
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync(ct);
            return new CampaignRef(campaign.Id, campaign.Name);
        }
        catch (RuleViolationException violation)
        {
            return violation.Error;
        }
    }
}
