using Xinfang.Core.Common.Reporting;
namespace Xinfang.Core.Finance.Validation.Rules;

/// <summary>政府采购 total = 货物 + 工程 + 服务; vehicles held = Σ by use; 机关运行经费 within 公用经费.</summary>
public sealed class OtherMattersRule : IValidationRule
{
    public string Code => "sum.other-matters";
    public string Description => "政府采购、国有资产车辆数的合计与分项相符；机关运行经费不超过公用经费";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var a = context.Accounts;
        var p = a.Procurement;
        if (SumCheck.Compare("sum.procurement", "政府采购：", ("政府采购支出总额", "政府采购·总额〔procurement.total〕", p.Total),
            [("货物", "政府采购·货物〔procurement.goods〕", p.Goods), ("工程", "政府采购·工程〔procurement.works〕", p.Works), ("服务", "政府采购·服务〔procurement.services〕", p.Services)]) is { } procurement)
        {
            yield return procurement;
        }
        var vehicles = a.Assets.Vehicles.Sum(v => v.Count);
        if (a.Assets.Vehicles.Count > 0 && vehicles != a.Assets.VehiclesTotal)
        {
            yield return new Finding("sum.asset-vehicles", Severity.Error, ["国有资产·车辆总数〔assets.vehiclesTotal〕", "国有资产·各类车辆〔assets.vehicles〕"],
                [new("车辆总数", a.Assets.VehiclesTotal), new("各类车辆之和", vehicles)],
                $"国有资产中共有车辆{a.Assets.VehiclesTotal}辆，而按用途分列之和为{vehicles}辆，请核对。");
        }
        var operating = a.OperatingCosts.Actual;
        var publicCosts = a.Fiscal.GeneralBudgetBasic.Public.Actual;
        if (operating - publicCosts > Tolerance.HalfUnitOf(operating) + Tolerance.HalfUnitOf(publicCosts))
        {
            var swapped = LikelyCause.Transpositions(publicCosts).Any(s => s == operating)
                ? $"两数仅两位数字互换（{Num.P(publicCosts)}与{Num.P(operating)}），很可能其中之一数字颠倒。" : "请核对两处数据的口径。";
            yield return new Finding("cross.operating-costs", Severity.Warning,
                ["第二部分十（一）·机关运行经费〔operatingCosts〕", "第二部分六·公用经费〔fiscal.generalBudgetBasic.public〕"],
                [new("机关运行经费", operating), new("公用经费", publicCosts), new("超出", operating - publicCosts)],
                $"机关运行经费{Num.P(operating)}万元大于一般公共预算财政拨款基本支出中的公用经费{Num.P(publicCosts)}万元；机关运行经费由基本支出中的公用经费安排，通常不应超过公用经费。" + swapped);
        }
    }
}
