using Xinfang.Core.Identity;
namespace Xinfang.Core.Organisation.Features;

/// <summary>A unit as the administrator sees it, inactive ones included.</summary>
public sealed record UnitAdminView(int Id, string Code, string Name, UnitKind Kind, string KindName, int? ParentId, string? ParentName,
    int? RegionId, string? RegionName, bool IsActive, int UserCount);

/// <summary>An account as the administrator sees it (never the password hash).</summary>
public sealed record UserAdminView(int Id, string UserName, string DisplayName, int UnitId, string? UnitName, IReadOnlyList<string> Roles,
    bool IsActive, bool IsLocked, DateTimeOffset? LockedUntil);

/// <summary>A place: a township (乡镇/街道) with its units counted, or a village (村/社区) in one.</summary>
public sealed record RegionAdminView(int Id, string Code, string Name, RegionKind Kind, int? TownshipId, int UnitCount);

/// <summary>A node of the category tree, inactive ones included.</summary>
public sealed record CategoryAdminView(int Id, string Code, string Name, int? ParentId, bool IsActive);

public static class UnitKinds
{
    public static string ChineseName(UnitKind kind) => kind switch
    {
        UnitKind.DistrictLeadership => "区委、区政府",
        UnitKind.Bureau => "信访局",
        UnitKind.AcceptanceCentre => "群众工作中心",
        UnitKind.Township => "乡镇（街道）",
        UnitKind.Department => "区属部门",
        UnitKind.Enterprise => "企事业单位",
        _ => kind.ToString(),
    };
}
