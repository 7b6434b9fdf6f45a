using Xinfang.Core.Common.Reporting;
using Xinfang.Core.Finance.Model;
using Xinfang.Core.Finance.Narrative;

namespace Xinfang.Core.Finance.Validation.Rules;

/// <summary>Budget execution rates (决算数 / 调整预算数, else 年初预算数): above 100 % is a warning (spending over
/// budget), below 90 % an info (the rules ask for an explanation under 90 %).</summary>
public sealed class BudgetExecutionRule : IValidationRule
{
    public const decimal ExplainBelow = 90m;

    public string Code => "budget.execution";
    public string Description => "预算执行率：超过100%为警告，低于90%提示说明原因";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var a = context.Accounts;
        var items = new List<(string Label, string Place, decimal Actual, decimal? Budget)>
        {
            ("一般公共预算财政拨款支出", "fiscal.generalBudgetExpenditure", a.Fiscal.GeneralBudgetExpenditure.Actual, a.Fiscal.GeneralBudgetExpenditure.Budget),
            ("人员经费", "fiscal.generalBudgetBasic.personnel", a.Fiscal.GeneralBudgetBasic.Personnel.Actual, a.Fiscal.GeneralBudgetBasic.Personnel.Budget),
            ("公用经费", "fiscal.generalBudgetBasic.public", a.Fiscal.GeneralBudgetBasic.Public.Actual, a.Fiscal.GeneralBudgetBasic.Public.Budget),
            ("“三公”经费", "threePublic.total", a.ThreePublic.Total.Actual, a.ThreePublic.Total.Budget),
            ("因公出国（境）费", "threePublic.overseasTravel", a.ThreePublic.OverseasTravel.Actual, a.ThreePublic.OverseasTravel.Budget),
            ("公务用车购置及运行维护费", "threePublic.vehicles", a.ThreePublic.Vehicles.Actual, a.ThreePublic.Vehicles.Budget),
            ("公务接待费", "threePublic.reception", a.ThreePublic.Reception.Actual, a.ThreePublic.Reception.Budget),
        };
        items.AddRange(a.FunctionalLines.Select(l => ($"{l.Code}（{FundKindNames.Chinese(l.Fund)}）", $"functionalLines[{l.Code}]", l.Total, l.AdjustedBudget ?? l.InitialBudget)));
        foreach (var (label, path, actual, budget) in items)
        {
            if (budget is not { } b)
            {
                continue;
            }
            var place = $"{label}〔{path}〕";
            if (b == 0m)
            {
                if (actual != 0m)
                {
                    yield return new Finding(Code, Severity.Warning, [place], [new("决算数", actual), new("预算数", 0m)],
                        $"“{label}”无预算却支出{Printed.Number(actual)}万元，请说明资金来源或补录预算。");
                }
                continue;
            }
            var rate = Printed.Round(actual / b * 100m, Printed.RateDecimals);
            if (rate > 100m && actual - b > Tolerance.HalfUnitOf(actual) + Tolerance.HalfUnitOf(b))
            {
                yield return new Finding(Code, Severity.Warning, [place], [new("决算数", actual), new("预算数", b), new("执行率%", rate)],
                    $"“{label}”决算{Printed.Number(actual)}万元超过预算{Printed.Number(b)}万元，执行率{Printed.Number(rate)}%。");
            }
            else if (rate < ExplainBelow)
            {
                yield return new Finding(Code, Severity.Info, [place], [new("决算数", actual), new("预算数", b), new("执行率%", rate)],
                    $"“{label}”预算执行率{Printed.Number(rate)}%（{Printed.Number(actual)}÷{Printed.Number(b)}），低于{ExplainBelow}%，应说明原因。");
            }
        }
    }
}
