namespace Xinfang.Core.Finance.Model;

/// <summary>“三公”经费财政拨款支出: totals, parts, counts and the reception details.</summary>
public sealed record ThreePublicCosts
{
    public Amount Total { get; init; } = Amount.Zero;
    /// <summary>因公出国（境）费</summary>
    public Amount OverseasTravel { get; init; } = Amount.Zero;
    public int OverseasGroups { get; init; }
    public int OverseasPeople { get; init; }
    /// <summary>公务用车购置及运行维护费</summary>
    public Amount Vehicles { get; init; } = Amount.Zero;
    public Amount VehiclePurchase { get; init; } = Amount.Zero;
    public Amount VehicleOperation { get; init; } = Amount.Zero;
    /// <summary>Vehicles bought this year, by kind (count and amount).</summary>
    public IReadOnlyList<VehicleFigure> VehiclesPurchased { get; init; } = [];
    /// <summary>Official vehicles held at year end, by kind (count; amount unused).</summary>
    public IReadOnlyList<VehicleFigure> VehiclesHeld { get; init; } = [];
    /// <summary>公务接待费</summary>
    public Amount Reception { get; init; } = Amount.Zero;
    public Amount DomesticReception { get; init; } = Amount.Zero;
    public int DomesticBatches { get; init; }
    public int DomesticVisitors { get; init; }
    /// <summary>What the domestic reception money was mainly used for, e.g. 执行公务用餐费用.</summary>
    public string DomesticPurpose { get; init; } = "";
    public IReadOnlyList<ReceptionItem> DomesticItems { get; init; } = [];
    public Amount ForeignReception { get; init; } = Amount.Zero;
    public int ForeignBatches { get; init; }
    public int ForeignVisitors { get; init; }
}

/// <summary>Kinds of official vehicle in the 三公 statement.</summary>
public enum VehicleKind
{
    Sedan,
    OffRoad,
    SmallBus,
    LargeBus,
    Other,
}

public sealed record VehicleFigure
{
    public VehicleKind Kind { get; init; }
    public int Count { get; init; }
    public decimal Amount { get; init; }
}

public sealed record ReceptionItem
{
    public string Description { get; init; } = "";
    public decimal Amount { get; init; }
}

public static class VehicleKindNames
{
    public static readonly IReadOnlyList<VehicleKind> All =
        [VehicleKind.Sedan, VehicleKind.OffRoad, VehicleKind.SmallBus, VehicleKind.LargeBus, VehicleKind.Other];

    public static string Chinese(VehicleKind kind) => kind switch
    {
        VehicleKind.Sedan => "轿车",
        VehicleKind.OffRoad => "越野车",
        VehicleKind.SmallBus => "小型载客汽车",
        VehicleKind.LargeBus => "大中型载客汽车",
        _ => "其他车型",
    };
}
