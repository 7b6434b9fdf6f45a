using Xinfang.Core.Common;

namespace Xinfang.Core.Cases;

/// <summary>A unit a case is dispatched to, as lead (主办) or co-unit (协办). Carries the unit's township, and a
/// copy of the case's status, deadlines, receipt and rate facts kept in step by the aggregate, so that a unit's or
/// a township's queues and three rates are read from this table's own indexes without touching every case.</summary>
public sealed class CaseUnit : IHasCurrentDeadline
{
    private CaseUnit() { }

    internal CaseUnit(int unitId, int? regionId, UnitRole role, DateTimeOffset assignedAt, DateTimeOffset receivedAt)
    {
        UnitId = unitId;
        RegionId = regionId;
        Role = role;
        AssignedAt = assignedAt;
        ReceivedAt = receivedAt;
        ReceivedMonth = ChinaTime.MonthNumber(receivedAt);
    }

    public long Id { get; private set; }
    public Guid CaseId { get; private set; }
    public int UnitId { get; private set; }
    public int? RegionId { get; private set; }
    public UnitRole Role { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }

    /// <summary>False once the case was returned or re-routed away from this unit.</summary>
    public bool IsCurrent { get; private set; } = true;

    /// <summary>True on exactly one current row per case and township, so a township's figures count a case
    /// dispatched to two of its units once.</summary>
    public bool CountsForTownship { get; private set; }

    public CaseStatus CaseStatus { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public DateTimeOffset? DueAt { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public int ReceivedMonth { get; private set; }
    public DateOnly? AcceptDue { get; private set; }
    public DateOnly? ReplyDue { get; private set; }
    public RateFacts RateFacts { get; private set; }

    /// <summary>The unit's own person for the case (指派承办人), chosen by the unit head; null until then.</summary>
    public int? AssigneeUserId { get; private set; }
    public string? AssigneeName { get; private set; }

    internal void Withdraw() => IsCurrent = false;

    internal void AssignTo(int userId, string name) => (AssigneeUserId, AssigneeName) = (userId, name);

    internal void Follow(Case @case, bool countsForTownship)
    {
        CaseStatus = @case.Status;
        DueDate = @case.DueDate;
        DueAt = @case.DueAt;
        AcceptDue = @case.AcceptDue;
        ReplyDue = @case.ReplyDue;
        RateFacts = @case.RateFacts;
        CountsForTownship = countsForTownship;
    }
}

/// <summary>The facts about a unit that a transition needs.</summary>
public sealed record UnitRef(int Id, int? RegionId, string Name);
