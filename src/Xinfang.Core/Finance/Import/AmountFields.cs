using Xinfang.Core.Finance.Model;

namespace Xinfang.Core.Finance.Import;

/// <summary>Every <see cref="Amount"/> of the accounts with its JSON path, Chinese label and a setter, in template
/// order. The workbook template's 金额 sheet is generated from this list and read back through it.</summary>
public static class AmountFields
{
    public sealed record Field(string Key, string Label, Func<FinalAccounts, Amount> Get, Func<FinalAccounts, Amount, FinalAccounts> Set);

    public static readonly IReadOnlyList<Field> Fields =
    [
        new("income.total", "本年收入合计", a => a.Income.Total, (a, v) => a with { Income = a.Income with { Total = v } }),
        new("income.generalBudget", "一般公共预算财政拨款收入", a => a.Income.GeneralBudget, (a, v) => a with { Income = a.Income with { GeneralBudget = v } }),
        new("income.governmentFund", "政府性基金预算财政拨款收入", a => a.Income.GovernmentFund, (a, v) => a with { Income = a.Income with { GovernmentFund = v } }),
        new("income.stateCapital", "国有资本经营预算财政拨款收入", a => a.Income.StateCapital, (a, v) => a with { Income = a.Income with { StateCapital = v } }),
        new("income.fromSuperior", "上级补助收入", a => a.Income.FromSuperior, (a, v) => a with { Income = a.Income with { FromSuperior = v } }),
        new("income.business", "事业收入", a => a.Income.Business, (a, v) => a with { Income = a.Income with { Business = v } }),
        new("income.operating", "经营收入", a => a.Income.Operating, (a, v) => a with { Income = a.Income with { Operating = v } }),
        new("income.fromAffiliates", "附属单位上缴收入", a => a.Income.FromAffiliates, (a, v) => a with { Income = a.Income with { FromAffiliates = v } }),
        new("income.other", "其他收入", a => a.Income.Other, (a, v) => a with { Income = a.Income with { Other = v } }),
        new("income.useOfNonFiscalBalance", "使用非财政拨款结余", a => a.Income.UseOfNonFiscalBalance, (a, v) => a with { Income = a.Income with { UseOfNonFiscalBalance = v } }),
        new("income.openingCarryOver", "年初结转和结余", a => a.Income.OpeningCarryOver, (a, v) => a with { Income = a.Income with { OpeningCarryOver = v } }),
        new("income.grandTotal", "收入总计", a => a.Income.GrandTotal, (a, v) => a with { Income = a.Income with { GrandTotal = v } }),
        new("expenditure.total", "本年支出合计", a => a.Expenditure.Total, (a, v) => a with { Expenditure = a.Expenditure with { Total = v } }),
        new("expenditure.basic", "基本支出", a => a.Expenditure.Basic, (a, v) => a with { Expenditure = a.Expenditure with { Basic = v } }),
        new("expenditure.project", "项目支出", a => a.Expenditure.Project, (a, v) => a with { Expenditure = a.Expenditure with { Project = v } }),
        new("expenditure.remittedToSuperior", "上缴上级支出", a => a.Expenditure.RemittedToSuperior, (a, v) => a with { Expenditure = a.Expenditure with { RemittedToSuperior = v } }),
        new("expenditure.operating", "经营支出", a => a.Expenditure.Operating, (a, v) => a with { Expenditure = a.Expenditure with { Operating = v } }),
        new("expenditure.subsidiesToAffiliates", "对附属单位补助支出", a => a.Expenditure.SubsidiesToAffiliates, (a, v) => a with { Expenditure = a.Expenditure with { SubsidiesToAffiliates = v } }),
        new("expenditure.balanceDistribution", "结余分配", a => a.Expenditure.BalanceDistribution, (a, v) => a with { Expenditure = a.Expenditure with { BalanceDistribution = v } }),
        new("expenditure.closingCarryOver", "年末结转和结余", a => a.Expenditure.ClosingCarryOver, (a, v) => a with { Expenditure = a.Expenditure with { ClosingCarryOver = v } }),
        new("expenditure.grandTotal", "支出总计", a => a.Expenditure.GrandTotal, (a, v) => a with { Expenditure = a.Expenditure with { GrandTotal = v } }),
        new("fiscal.grandTotal", "财政拨款收、支总计", a => a.Fiscal.GrandTotal, (a, v) => a with { Fiscal = a.Fiscal with { GrandTotal = v } }),
        new("fiscal.openingCarryOver", "年初财政拨款结转和结余", a => a.Fiscal.OpeningCarryOver, (a, v) => a with { Fiscal = a.Fiscal with { OpeningCarryOver = v } }),
        new("fiscal.closingCarryOver", "年末财政拨款结转和结余", a => a.Fiscal.ClosingCarryOver, (a, v) => a with { Fiscal = a.Fiscal with { ClosingCarryOver = v } }),
        new("fiscal.generalBudgetExpenditure", "一般公共预算财政拨款支出", a => a.Fiscal.GeneralBudgetExpenditure, (a, v) => a with { Fiscal = a.Fiscal with { GeneralBudgetExpenditure = v } }),
        new("fiscal.generalBudgetBasic.total", "一般公共预算财政拨款基本支出", a => a.Fiscal.GeneralBudgetBasic.Total, (a, v) => a with { Fiscal = a.Fiscal with { GeneralBudgetBasic = a.Fiscal.GeneralBudgetBasic with { Total = v } } }),
        new("fiscal.generalBudgetBasic.personnel", "人员经费", a => a.Fiscal.GeneralBudgetBasic.Personnel, (a, v) => a with { Fiscal = a.Fiscal with { GeneralBudgetBasic = a.Fiscal.GeneralBudgetBasic with { Personnel = v } } }),
        new("fiscal.generalBudgetBasic.public", "公用经费", a => a.Fiscal.GeneralBudgetBasic.Public, (a, v) => a with { Fiscal = a.Fiscal with { GeneralBudgetBasic = a.Fiscal.GeneralBudgetBasic with { Public = v } } }),
        new("threePublic.total", "“三公”经费合计", a => a.ThreePublic.Total, (a, v) => a with { ThreePublic = a.ThreePublic with { Total = v } }),
        new("threePublic.overseasTravel", "因公出国（境）费", a => a.ThreePublic.OverseasTravel, (a, v) => a with { ThreePublic = a.ThreePublic with { OverseasTravel = v } }),
        new("threePublic.vehicles", "公务用车购置及运行维护费", a => a.ThreePublic.Vehicles, (a, v) => a with { ThreePublic = a.ThreePublic with { Vehicles = v } }),
        new("threePublic.vehiclePurchase", "公务用车购置费", a => a.ThreePublic.VehiclePurchase, (a, v) => a with { ThreePublic = a.ThreePublic with { VehiclePurchase = v } }),
        new("threePublic.vehicleOperation", "公务用车运行维护费", a => a.ThreePublic.VehicleOperation, (a, v) => a with { ThreePublic = a.ThreePublic with { VehicleOperation = v } }),
        new("threePublic.reception", "公务接待费", a => a.ThreePublic.Reception, (a, v) => a with { ThreePublic = a.ThreePublic with { Reception = v } }),
        new("threePublic.domesticReception", "国内公务接待费", a => a.ThreePublic.DomesticReception, (a, v) => a with { ThreePublic = a.ThreePublic with { DomesticReception = v } }),
        new("threePublic.foreignReception", "外事接待费", a => a.ThreePublic.ForeignReception, (a, v) => a with { ThreePublic = a.ThreePublic with { ForeignReception = v } }),
        new("operatingCosts", "机关运行经费", a => a.OperatingCosts, (a, v) => a with { OperatingCosts = v }),
    ];

    public static IEnumerable<(string Path, string Label, Amount Amount)> All(FinalAccounts a) =>
        Fields.Select(f => (f.Key, f.Label, f.Get(a)));
}
