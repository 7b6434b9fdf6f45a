using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Supervision;

/// <summary>A campaign (专项行动, e.g. 治重化积) that groups ledger entries under one goal and target date;
/// its progress is computed from the statuses of its entries.</summary>
public sealed class Campaign
{
    public const int MaxName = 100;

    private Campaign() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Goal { get; private set; } = "";
    public DateOnly StartDate { get; private set; }
    public DateOnly TargetDate { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int CreatedByUserId { get; private set; }

    public static Campaign Create(string name, string goal, DateOnly start, DateOnly target, Actor actor, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RuleViolationException(LedgerRules.Required("name", "专项行动名称"));
        }

        if (target < start)
        {
            throw new RuleViolationException(LedgerRules.CampaignDates());
        }

        return new Campaign
        {
            Id = Guid.CreateVersion7(now),
            Name = name.Trim(),
            Goal = goal.Trim(),
            StartDate = start,
            TargetDate = target,
            CreatedAt = now,
            CreatedByUserId = actor.UserId,
        };
    }
}

/// <summary>How far a campaign has come: its entries by status and the share resolved (化解率).</summary>
public sealed record CampaignProgress(int Total, int Resolved, int UnderControl, int InProgress, int NotStarted, int Overdue)
{
    /// <summary>Resolved entries over all entries, 0–100, rounded once here; null when the campaign has no entries.</summary>
    public decimal? ResolvedPercent => Total == 0 ? null : Math.Round(100m * Resolved / Total, 1, MidpointRounding.AwayFromZero);

    public static CampaignProgress Of(IEnumerable<(KeyIssueStatus Status, DateOnly TargetDate)> entries, DateOnly today)
    {
        var list = entries.ToList();
        return new CampaignProgress(
            list.Count,
            list.Count(e => e.Status == KeyIssueStatus.Resolved),
            list.Count(e => e.Status == KeyIssueStatus.LongTermControl),
            list.Count(e => e.Status == KeyIssueStatus.InProgress),
            list.Count(e => e.Status == KeyIssueStatus.NotStarted),
            list.Count(e => KeyIssueNames.IsActive(e.Status) && e.TargetDate < today));
    }
}
