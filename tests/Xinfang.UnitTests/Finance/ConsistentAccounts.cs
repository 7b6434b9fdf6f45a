using Xinfang.Core.Finance.Model;

namespace Xinfang.UnitTests.Finance;

/// <summary>Hand-made final accounts in which every total, share, budget and cross-reference agrees (the test-data
/// builder with valid defaults; tests plant one error at a time with `with`).</summary>
internal static class ConsistentAccounts
{
    public static FinalAccounts Build() => new()
    {
        Id = "test-2022",
        DepartmentName = "某区测试局",
        FiscalYear = 2022,
        Overview = new DepartmentOverview { Duties = ["负责测试工作。"], Structure = ["本部门下设1个股室。"] },
        Income = new IncomeStatement
        {
            Total = Amount.Of(122.67m), GeneralBudget = Amount.Of(112.67m), GovernmentFund = Amount.Of(10m),
            GrandTotal = Amount.Of(122.67m, previousYear: 130m),
        },
        Expenditure = new ExpenditureStatement
        {
            Total = Amount.Of(122.67m), Basic = Amount.Of(79.33m), Project = Amount.Of(43.34m),
            GrandTotal = Amount.Of(122.67m, previousYear: 130m),
        },
        Fiscal = new FiscalAppropriation
        {
            GrandTotal = Amount.Of(122.67m, previousYear: 125m),
            GeneralBudgetExpenditure = Amount.Of(112.67m, previousYear: 118m, adjustedBudget: 114.33m),
            GeneralBudgetBasic = new BasicExpenditure
            {
                Total = Amount.Of(79.33m), Personnel = Amount.Of(70m, adjustedBudget: 70m), Public = Amount.Of(9.33m, adjustedBudget: 9.5m),
            },
        },
        FunctionalLines =
        [
            new() { Code = "2010301", Basic = 60m, AdjustedBudget = 60m },
            new() { Code = "2010308", Project = 33.34m, AdjustedBudget = 35m },
            new() { Code = "2080505", Basic = 10.33m, AdjustedBudget = 10.33m },
            new() { Code = "2101101", Basic = 4m, AdjustedBudget = 4m },
            new() { Code = "2210201", Basic = 5m, AdjustedBudget = 5m },
            new() { Code = "2120899", Fund = FundKind.GovernmentFund, Project = 10m, AdjustedBudget = 10m },
        ],
        EconomicLines =
        [
            new() { Code = "30101", Amount = 50m }, new() { Code = "30108", Amount = 10.33m }, new() { Code = "30113", Amount = 5m },
            new() { Code = "30302", Amount = 4.67m }, new() { Code = "30201", Amount = 6m }, new() { Code = "30217", Amount = 0.5m },
            new() { Code = "30231", Amount = 2.83m },
        ],
        ThreePublic = new ThreePublicCosts
        {
            Total = Amount.Of(3.33m, previousYear: 3.5m, adjustedBudget: 3.5m),
            OverseasTravel = Amount.Of(0m, previousYear: 0m, adjustedBudget: 0m),
            Vehicles = Amount.Of(2.83m, previousYear: 2.9m, adjustedBudget: 3m),
            VehiclePurchase = Amount.Of(0m, adjustedBudget: 0m),
            VehicleOperation = Amount.Of(2.83m, adjustedBudget: 3m),
            VehiclesHeld = [new() { Kind = VehicleKind.Sedan, Count = 1 }],
            Reception = Amount.Of(0.5m, previousYear: 0.6m, adjustedBudget: 0.5m),
            DomesticReception = Amount.Of(0.5m), DomesticBatches = 4, DomesticVisitors = 30, DomesticPurpose = "公务用餐",
            DomesticItems = [new() { Description = "接待上级检查", Amount = 0.3m }, new() { Description = "接待兄弟单位交流", Amount = 0.2m }],
        },
        OperatingCosts = Amount.Of(8m, previousYear: 8.5m),
        Procurement = new Procurement { Total = 5m, Goods = 2m, Services = 3m },
        Assets = new AssetHoldings { VehiclesTotal = 1, Vehicles = [new() { Use = AssetVehicleUse.Other, Count = 1 }] },
        Reasons = new ChangeReasons
        {
            Totals = "项目减少。", FiscalAppropriation = "项目减少。", GeneralBudgetExpenditure = "项目减少。",
            ThreePublicBudgetVariance = "厉行节约。", VehiclesChange = "车辆维修减少。", ReceptionChange = "接待减少。", OperatingCosts = "压减开支。",
        },
        Glossary =
        [
            new() { Term = "基本支出", Definition = "指为保障机构正常运转的支出。" },
            new() { Term = "一般公共服务（类）政府办公厅（室）及相关机构事务（款）信访事务（项）", Code = "2010308", Definition = "指信访事务支出。" },
        ],
    };
}
