using Xinfang.Core.Finance.Model;

namespace Xinfang.Core.Finance.Samples;

/// <summary>The built-in sample "renhe-2022": the 2022 final accounts of 攀枝花市仁和区信访局, transcribed from
/// the published disclosure. Figures are kept as printed, including where the disclosure contradicts itself
/// (公用经费 7.89 against 基本支出 242.11 and 人员经费 233.32): the validator reports those.
/// Previous-year values are those the text quotes (2021 = 2022 figure ± the printed change).</summary>
public static class Renhe2022Sample
{
    public const string Id = "renhe-2022";

    public static FinalAccounts Create() => new()
    {
        Id = Id,
        DepartmentName = "攀枝花市仁和区信访局",
        ShortName = "区信访局",
        FiscalYear = 2022,
        Overview = Renhe2022Texts.Overview,
        Income = new IncomeStatement
        {
            Total = Amount.Of(309.33m),
            GeneralBudget = Amount.Of(281.96m),
            GovernmentFund = Amount.Of(27.37m),
            GrandTotal = Amount.Of(309.33m, previousYear: 358.79m),
        },
        Expenditure = new ExpenditureStatement
        {
            Total = Amount.Of(309.33m),
            Basic = Amount.Of(242.11m),
            Project = Amount.Of(67.22m),
            GrandTotal = Amount.Of(309.33m, previousYear: 358.79m),
        },
        Fiscal = new FiscalAppropriation
        {
            GrandTotal = Amount.Of(309.33m, previousYear: 355.96m),
            GeneralBudgetExpenditure = Amount.Of(281.96m, previousYear: 355.96m, adjustedBudget: 281.96m),
            GeneralBudgetBasic = new BasicExpenditure
            {
                Total = Amount.Of(242.11m),
                // Budgets from the department's performance report (Part 4): 人员类 218.63 + 14.69, 公用经费 18.11.
                Personnel = Amount.Of(233.32m, adjustedBudget: 233.32m, initialBudget: 218.63m),
                Public = Amount.Of(7.89m, initialBudget: 18.11m),
            },
        },
        FunctionalLines =
        [
            Line("2010308", project: 24.87m),
            Line("2019999", project: 14.98m),
            Line("2013101", basic: 67.23m),
            Line("2013150", basic: 125.35m),
            Line("2080501", basic: 2.65m),
            Line("2080505", basic: 14.86m),
            Line("2101101", basic: 4.14m),
            Line("2101102", basic: 7.57m),
            Line("2101103", basic: 1.28m),
            Line("2210201", basic: 19.03m),
            // The disclosure does not print the code of its 政府性基金 spending (群众意见受理中心项目经费,
            // initial budget 54.75, adjusted 27.37 per Part 4); 2120899 is an assumption.
            new FunctionalLine
            {
                Code = "2120899", Fund = FundKind.GovernmentFund, Project = 27.37m,
                InitialBudget = 54.75m, AdjustedBudget = 27.37m,
            },
        ],
        ThreePublic = new ThreePublicCosts
        {
            Total = Amount.Of(0.75m, previousYear: 1.18m, adjustedBudget: 0.75m),
            OverseasTravel = Amount.Of(0m, previousYear: 0m, adjustedBudget: 0m),
            Vehicles = Amount.Of(0m, previousYear: 0m, adjustedBudget: 0m),
            VehiclePurchase = Amount.Of(0m, adjustedBudget: 0m),
            VehicleOperation = Amount.Of(0m, adjustedBudget: 0m),
            VehiclesPurchased = [.. VehicleKindNames.All.Select(k => new VehicleFigure { Kind = k })],
            VehiclesHeld = [.. VehicleKindNames.All.Select(k => new VehicleFigure { Kind = k })],
            // The disclosure prints “完成预算63.01%” without the budget; 1.1903万元 (11,903元) is the budget that
            // gives that rate for 0.75万元.
            Reception = Amount.Of(0.75m, previousYear: 1.18m, adjustedBudget: 1.1903m),
            DomesticReception = Amount.Of(0.75m),
            DomesticBatches = 11,
            DomesticVisitors = 91,
            DomesticPurpose = "执行公务用餐费用",
            DomesticItems =
            [
                new ReceptionItem { Description = "支付接待盐边县信访局到仁和区交流学习信访工作经验接待费", Amount = 0.06m },
                new ReceptionItem { Description = "支付省专项工作组实地处理信访事项接待费用", Amount = 0.52m },
                new ReceptionItem { Description = "支付省信访局到仁和区实地核查重点信访事项接待费用", Amount = 0.17m },
            ],
            ForeignReception = Amount.Of(0m),
        },
        OperatingCosts = Amount.Of(8.79m, previousYear: 15.33m),
        Procurement = new Procurement(),
        Assets = new AssetHoldings
        {
            Vehicles = [.. AssetVehicleUseNames.All.Select(u => new AssetVehicleCount { Use = u })],
        },
        Reasons = new ChangeReasons
        {
            Totals = "2022年财政资金紧张，无法按时完成预算收支。",
            FiscalAppropriation = "2022年财政资金紧张，无法按时完成预算收支。",
            GeneralBudgetExpenditure = "2022年财政资金紧张，无法按时完成预算收入。",
            ThreePublicBudgetVariance = "2022年公务接待活动减少，根据八项规定，厉行节约。",
            ReceptionChange = "公务接待减少。",
            OperatingCosts = "2022年财政资金困难，无法完成支付。",
        },
        PerformanceManagement = Renhe2022Texts.PerformanceManagement,
        Glossary = Renhe2022Texts.Glossary,
    };

    private static FunctionalLine Line(string code, decimal basic = 0m, decimal project = 0m) => new()
    {
        Code = code,
        Fund = FundKind.GeneralBudget,
        Basic = basic,
        Project = project,
        AdjustedBudget = basic + project,
    };
}
