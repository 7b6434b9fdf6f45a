namespace Xinfang.Core.Cases;

/// <summary>A unit a case is dispatched to, as lead (主办) or co-unit (协办). Carries the unit's township, and a
/// copy of the case's status and current deadline kept in step by the aggregate, so that a unit's or a township's
/// queues are read from this table's own index without touching every case.</summary>
public sealed class CaseUnit
{
    private CaseUnit() { }

    internal CaseUnit(int unitId, int? regionId, UnitRole role, DateTimeOffset assignedAt)
    {
        UnitId = unitId;
        RegionId = regionId;
        Role = role;
        AssignedAt = assignedAt;
    }

    public long Id { get; private set; }
    public Guid CaseId { get; private set; }
    public int UnitId { get; private set; }
    public int? RegionId { get; private set; }
    public UnitRole Role { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }

    /// <summary>False once the case was returned or re-routed away from this unit.</summary>
    public bool IsCurrent { get; private set; } = true;

    public CaseStatus CaseStatus { get; private set; }
    public DateOnly? DueDate { get; private set; }

    internal void Withdraw() => IsCurrent = false;

    internal void Follow(CaseStatus status, DateOnly? dueDate)
    {
        CaseStatus = status;
        DueDate = dueDate;
    }
}

/// <summary>The facts about a unit that a transition needs.</summary>
public sealed record UnitRef(int Id, int? RegionId, string Name);
