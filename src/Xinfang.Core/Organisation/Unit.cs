using Xinfang.Core.Identity;
namespace Xinfang.Core.Organisation;

public enum UnitKind
{
    /// <summary>区委、区政府及其领导</summary>
    DistrictLeadership,
    /// <summary>信访局</summary>
    Bureau,
    /// <summary>群众工作中心（党群一号通）</summary>
    AcceptanceCentre,
    /// <summary>乡镇/街道</summary>
    Township,
    /// <summary>区属部门</summary>
    Department,
    /// <summary>企事业单位</summary>
    Enterprise,
}

/// <summary>A body that receives, handles or supervises cases (承办单位 and the bureau itself).</summary>
public sealed class Unit
{
    private Unit() { }

    public Unit(string code, string name, UnitKind kind, int? parentId = null, int? regionId = null)
    {
        Code = code;
        Name = name;
        Kind = kind;
        ParentId = parentId;
        RegionId = regionId;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public UnitKind Kind { get; private set; }
    public int? ParentId { get; private set; }

    /// <summary>The township/street this unit belongs to, when it is a township government or sits under one.</summary>
    public int? RegionId { get; private set; }
    public bool IsActive { get; private set; } = true;

    /// <summary>Changes what an administrator may change. The code is the unit's stable identifier and stays.</summary>
    public void Edit(string name, UnitKind kind, int? parentId, int? regionId)
    {
        Name = name;
        Kind = kind;
        ParentId = parentId;
        RegionId = regionId;
    }

    /// <summary>A deactivated unit is no longer offered for dispatch; the cases it handled keep showing its name.</summary>
    public void SetActive(bool active) => IsActive = active;

    /// <summary>Bureau-level units see every case of the district.</summary>
    public bool SeesWholeDistrict => Kind is UnitKind.Bureau or UnitKind.AcceptanceCentre or UnitKind.DistrictLeadership;
}
