namespace Xinfang.Core.Finance.Validation.Rules;

/// <summary>“三公”经费: total = 因公出国 + 公务用车 + 公务接待 (actual, budgets, last year); 公务用车 = 购置 + 运行维护;
/// 公务接待 = 国内 + 外事; 国内接待 = Σ listed items; 购置费 = Σ vehicles bought.</summary>
public sealed class ThreePublicRule : IValidationRule
{
    public string Code => "sum.three-public";
    public string Description => "“三公”经费各项之和等于合计（决算、预算、上年各列）";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var t = context.Accounts.ThreePublic;
        const string table = "“三公”经费";
        var findings = new List<Finding>();
        findings.AddRange(AmountColumns.SumAllColumns(Code, table, ("“三公”经费合计", "threePublic.total", t.Total),
        [
            ("因公出国（境）费", "threePublic.overseasTravel", t.OverseasTravel), ("公务用车购置及运行维护费", "threePublic.vehicles", t.Vehicles),
            ("公务接待费", "threePublic.reception", t.Reception),
        ]));
        findings.AddRange(AmountColumns.SumAllColumns(Code, table, ("公务用车购置及运行维护费", "threePublic.vehicles", t.Vehicles),
            [("公务用车购置费", "threePublic.vehiclePurchase", t.VehiclePurchase), ("公务用车运行维护费", "threePublic.vehicleOperation", t.VehicleOperation)]));
        findings.AddRange(AmountColumns.SumAllColumns(Code, table, ("公务接待费", "threePublic.reception", t.Reception),
            [("国内公务接待费", "threePublic.domesticReception", t.DomesticReception), ("外事接待费", "threePublic.foreignReception", t.ForeignReception)]));
        if (t.DomesticItems.Count > 0 && SumCheck.Compare(Code, "国内公务接待明细：",
                ("国内公务接待费", AmountColumns.Place(table, "国内公务接待费", "threePublic.domesticReception"), t.DomesticReception.Actual),
                [.. t.DomesticItems.Select((item, i) => (item.Description, AmountColumns.Place(table, "接待明细", $"threePublic.domesticItems[{i}]"), (decimal?)item.Amount))]) is { } items)
        {
            findings.Add(items);
        }
        if (t.VehiclesPurchased.Count > 0 && SumCheck.Compare(Code, "购置车辆明细：",
                ("公务用车购置费", AmountColumns.Place(table, "公务用车购置费", "threePublic.vehiclePurchase"), t.VehiclePurchase.Actual),
                [.. t.VehiclesPurchased.Select(v => (Model.VehicleKindNames.Chinese(v.Kind), AmountColumns.Place(table, "购置车辆", $"threePublic.vehiclesPurchased[{v.Kind}]"), (decimal?)v.Amount))]) is { } bought)
        {
            findings.Add(bought);
        }
        return findings;
    }
}
