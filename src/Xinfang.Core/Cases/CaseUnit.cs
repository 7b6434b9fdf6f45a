namespace Xinfang.Core.Cases;

/// <summary>A unit a case is dispatched to, as lead (主办) or co-unit (协办). Carries the unit's township so
/// that data-scope filters need no join.</summary>
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

    internal void Withdraw() => IsCurrent = false;
}

/// <summary>The facts about a unit that a transition needs.</summary>
public sealed record UnitRef(int Id, int? RegionId, string Name);
