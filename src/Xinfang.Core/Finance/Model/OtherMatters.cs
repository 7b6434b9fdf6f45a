namespace Xinfang.Core.Finance.Model;

/// <summary>政府采购支出 by kind.</summary>
public sealed record Procurement
{
    public decimal Total { get; init; }
    public decimal Goods { get; init; }
    public decimal Works { get; init; }
    public decimal Services { get; init; }
    /// <summary>授予中小企业合同金额 (optional; printed only when given).</summary>
    public decimal? AwardedToSmallEnterprises { get; init; }
}

/// <summary>国有资产占有使用情况: vehicles by use at year end, and large equipment.</summary>
public sealed record AssetHoldings
{
    public int VehiclesTotal { get; init; }
    public IReadOnlyList<AssetVehicleCount> Vehicles { get; init; } = [];
    /// <summary>单价100万元（含）以上设备 count.</summary>
    public int LargeEquipment { get; init; }
}

public enum AssetVehicleUse
{
    SeniorLeaders,
    PrincipalLeaders,
    Confidential,
    Emergency,
    LawEnforcement,
    SpecialTechnical,
    Retirees,
    Other,
}

public sealed record AssetVehicleCount
{
    public AssetVehicleUse Use { get; init; }
    public int Count { get; init; }
}

public static class AssetVehicleUseNames
{
    public static readonly IReadOnlyList<AssetVehicleUse> All =
    [
        AssetVehicleUse.SeniorLeaders, AssetVehicleUse.PrincipalLeaders, AssetVehicleUse.Confidential,
        AssetVehicleUse.Emergency, AssetVehicleUse.LawEnforcement, AssetVehicleUse.SpecialTechnical,
        AssetVehicleUse.Retirees, AssetVehicleUse.Other,
    ];

    public static string Chinese(AssetVehicleUse use) => use switch
    {
        AssetVehicleUse.SeniorLeaders => "副部（省）级及以上领导用车",
        AssetVehicleUse.PrincipalLeaders => "主要领导干部用车",
        AssetVehicleUse.Confidential => "机要通信用车",
        AssetVehicleUse.Emergency => "应急保障用车",
        AssetVehicleUse.LawEnforcement => "执法执勤用车",
        AssetVehicleUse.SpecialTechnical => "特种专业技术用车",
        AssetVehicleUse.Retirees => "离退休干部用车",
        _ => "其他用车",
    };
}

/// <summary>The department's own explanations of changes, inserted into the narrative as written.</summary>
public sealed record ChangeReasons
{
    /// <summary>收、支总计 year-on-year change (section 1).</summary>
    public string Totals { get; init; } = "";
    /// <summary>财政拨款收、支总计 change (section 4).</summary>
    public string FiscalAppropriation { get; init; } = "";
    /// <summary>一般公共预算财政拨款支出 change (section 5).</summary>
    public string GeneralBudgetExpenditure { get; init; } = "";
    /// <summary>“三公”经费 actual vs budget (section 7).</summary>
    public string ThreePublicBudgetVariance { get; init; } = "";
    /// <summary>“三公”经费 year-on-year change, used when no part-specific reason is given.</summary>
    public string ThreePublicChange { get; init; } = "";
    public string OverseasTravelChange { get; init; } = "";
    public string VehiclesChange { get; init; } = "";
    public string ReceptionChange { get; init; } = "";
    /// <summary>机关运行经费 change (section 10).</summary>
    public string OperatingCosts { get; init; } = "";
}

/// <summary>One entry of Part 3 (名词解释). Code is set when the term explains a functional-classification item.</summary>
public sealed record GlossaryEntry
{
    public string Term { get; init; } = "";
    public string? Code { get; init; }
    public string Definition { get; init; } = "";
}
