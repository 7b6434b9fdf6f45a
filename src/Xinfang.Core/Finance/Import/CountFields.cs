using Xinfang.Core.Finance.Model;

namespace Xinfang.Core.Finance.Import;

/// <summary>The counts and single amounts outside <see cref="AmountFields"/> (三公 counts, vehicles, procurement,
/// assets), with keys, Chinese labels and setters, in template order.</summary>
public static class CountFields
{
    public sealed record Field(string Key, string Label, Func<FinalAccounts, object> Get, Func<FinalAccounts, decimal, FinalAccounts> Set, bool Integer = true);

    private static FinalAccounts T(FinalAccounts a, Func<ThreePublicCosts, ThreePublicCosts> f) => a with { ThreePublic = f(a.ThreePublic) };

    public static readonly IReadOnlyList<Field> Fields = Build();

    private static List<Field> Build()
    {
        var fields = new List<Field>
        {
            new("threePublic.overseasGroups", "因公出国（境）团组数", a => a.ThreePublic.OverseasGroups, (a, v) => T(a, t => t with { OverseasGroups = (int)v })),
            new("threePublic.overseasPeople", "因公出国（境）人数", a => a.ThreePublic.OverseasPeople, (a, v) => T(a, t => t with { OverseasPeople = (int)v })),
            new("threePublic.domesticBatches", "国内公务接待批次", a => a.ThreePublic.DomesticBatches, (a, v) => T(a, t => t with { DomesticBatches = (int)v })),
            new("threePublic.domesticVisitors", "国内公务接待人次", a => a.ThreePublic.DomesticVisitors, (a, v) => T(a, t => t with { DomesticVisitors = (int)v })),
            new("threePublic.foreignBatches", "外事接待批次", a => a.ThreePublic.ForeignBatches, (a, v) => T(a, t => t with { ForeignBatches = (int)v })),
            new("threePublic.foreignVisitors", "外事接待人数", a => a.ThreePublic.ForeignVisitors, (a, v) => T(a, t => t with { ForeignVisitors = (int)v })),
        };
        foreach (var kind in VehicleKindNames.All)
        {
            var name = VehicleKindNames.Chinese(kind);
            fields.Add(new($"threePublic.vehiclesPurchased.{kind}.count", $"本年购置{name}（辆）", a => Vehicle(a.ThreePublic.VehiclesPurchased, kind).Count,
                (a, v) => T(a, t => t with { VehiclesPurchased = SetVehicle(t.VehiclesPurchased, kind, x => x with { Count = (int)v }) })));
            fields.Add(new($"threePublic.vehiclesPurchased.{kind}.amount", $"本年购置{name}金额（万元）", a => Vehicle(a.ThreePublic.VehiclesPurchased, kind).Amount,
                (a, v) => T(a, t => t with { VehiclesPurchased = SetVehicle(t.VehiclesPurchased, kind, x => x with { Amount = v }) }), Integer: false));
        }
        foreach (var kind in VehicleKindNames.All)
        {
            fields.Add(new($"threePublic.vehiclesHeld.{kind}.count", $"年末公务用车{VehicleKindNames.Chinese(kind)}（辆）", a => Vehicle(a.ThreePublic.VehiclesHeld, kind).Count,
                (a, v) => T(a, t => t with { VehiclesHeld = SetVehicle(t.VehiclesHeld, kind, x => x with { Count = (int)v }) })));
        }
        fields.AddRange(
        [
            new("procurement.total", "政府采购支出总额（万元）", a => a.Procurement.Total, (a, v) => a with { Procurement = a.Procurement with { Total = v } }, Integer: false),
            new("procurement.goods", "政府采购货物支出（万元）", a => a.Procurement.Goods, (a, v) => a with { Procurement = a.Procurement with { Goods = v } }, Integer: false),
            new("procurement.works", "政府采购工程支出（万元）", a => a.Procurement.Works, (a, v) => a with { Procurement = a.Procurement with { Works = v } }, Integer: false),
            new("procurement.services", "政府采购服务支出（万元）", a => a.Procurement.Services, (a, v) => a with { Procurement = a.Procurement with { Services = v } }, Integer: false),
            new("assets.vehiclesTotal", "国有资产车辆总数（辆）", a => a.Assets.VehiclesTotal, (a, v) => a with { Assets = a.Assets with { VehiclesTotal = (int)v } }),
            new("assets.largeEquipment", "单价100万元以上设备（台套）", a => a.Assets.LargeEquipment, (a, v) => a with { Assets = a.Assets with { LargeEquipment = (int)v } }),
        ]);
        foreach (var use in AssetVehicleUseNames.All)
        {
            fields.Add(new($"assets.vehicles.{use}", $"车辆：{AssetVehicleUseNames.Chinese(use)}（辆）", a => a.Assets.Vehicles.FirstOrDefault(v => v.Use == use)?.Count ?? 0,
                (a, v) => a with { Assets = a.Assets with { Vehicles = [.. a.Assets.Vehicles.Where(x => x.Use != use), new AssetVehicleCount { Use = use, Count = (int)v }] } }));
        }
        return fields;
    }

    private static VehicleFigure Vehicle(IReadOnlyList<VehicleFigure> list, VehicleKind kind) =>
        list.FirstOrDefault(v => v.Kind == kind) ?? new VehicleFigure { Kind = kind };

    private static List<VehicleFigure> SetVehicle(IReadOnlyList<VehicleFigure> list, VehicleKind kind, Func<VehicleFigure, VehicleFigure> change) =>
        [.. VehicleKindNames.All.Select(k => k == kind ? change(Vehicle(list, k)) : Vehicle(list, k))];
}

/// <summary>The free-text fields (Part 1, reasons, performance text) with keys and labels; list fields take one row per item.</summary>
public static class TextFields
{
    public sealed record Field(string Key, string Label, Func<FinalAccounts, IReadOnlyList<string>> Get, Func<FinalAccounts, IReadOnlyList<string>, FinalAccounts> Set);

    private static Field Reason(string key, string label, Func<ChangeReasons, string> get, Func<ChangeReasons, string, ChangeReasons> set) =>
        new($"reasons.{key}", label, a => [get(a.Reasons)], (a, v) => a with { Reasons = set(a.Reasons, string.Join("", v)) });

    public static readonly IReadOnlyList<Field> Fields =
    [
        new("overview.duties", "部门职责（每条一行）", a => a.Overview.Duties, (a, v) => a with { Overview = a.Overview with { Duties = v } }),
        new("overview.structure", "机构设置（每段一行）", a => a.Overview.Structure, (a, v) => a with { Overview = a.Overview with { Structure = v } }),
        Reason("totals", "收、支总计变动原因", r => r.Totals, (r, v) => r with { Totals = v }),
        Reason("fiscalAppropriation", "财政拨款收、支总计变动原因", r => r.FiscalAppropriation, (r, v) => r with { FiscalAppropriation = v }),
        Reason("generalBudgetExpenditure", "一般公共预算财政拨款支出变动原因", r => r.GeneralBudgetExpenditure, (r, v) => r with { GeneralBudgetExpenditure = v }),
        Reason("threePublicBudgetVariance", "“三公”经费决算与预算差异原因", r => r.ThreePublicBudgetVariance, (r, v) => r with { ThreePublicBudgetVariance = v }),
        Reason("threePublicChange", "“三公”经费同比变动原因", r => r.ThreePublicChange, (r, v) => r with { ThreePublicChange = v }),
        Reason("overseasTravelChange", "因公出国（境）费变动原因", r => r.OverseasTravelChange, (r, v) => r with { OverseasTravelChange = v }),
        Reason("vehiclesChange", "公务用车购置及运行维护费变动原因", r => r.VehiclesChange, (r, v) => r with { VehiclesChange = v }),
        Reason("receptionChange", "公务接待费变动原因", r => r.ReceptionChange, (r, v) => r with { ReceptionChange = v }),
        Reason("operatingCosts", "机关运行经费变动原因", r => r.OperatingCosts, (r, v) => r with { OperatingCosts = v }),
        new("threePublic.domesticPurpose", "国内公务接待主要用途", a => [a.ThreePublic.DomesticPurpose], (a, v) => a with { ThreePublic = a.ThreePublic with { DomesticPurpose = string.Join("", v) } }),
        new("performanceManagement", "预算绩效管理情况（每段一行）", a => a.PerformanceManagement, (a, v) => a with { PerformanceManagement = v }),
    ];
}
