using Xinfang.Core.Finance.Model;

namespace Xinfang.Core.Finance.Validation.Rules;

/// <summary>A year-on-year change of a headline total needs the department's reason.</summary>
public sealed class ReasonsRule : IValidationRule
{
    public string Code => "reason.missing";
    public string Description => "主要总额同比变动时须说明变动原因";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var a = context.Accounts;
        var r = a.Reasons;
        (string Label, string Path, Amount Value, string Reason)[] items =
        [
            ("收、支总计", "reasons.totals", a.Expenditure.GrandTotal, r.Totals),
            ("财政拨款收、支总计", "reasons.fiscalAppropriation", a.Fiscal.GrandTotal, r.FiscalAppropriation),
            ("一般公共预算财政拨款支出", "reasons.generalBudgetExpenditure", a.Fiscal.GeneralBudgetExpenditure, r.GeneralBudgetExpenditure),
            ("机关运行经费", "reasons.operatingCosts", a.OperatingCosts, r.OperatingCosts),
        ];
        foreach (var (label, path, value, reason) in items)
        {
            if (value.PreviousYear is { } previous && previous != value.Actual && string.IsNullOrWhiteSpace(reason))
            {
                yield return new Finding(Code, Severity.Warning, [$"变动原因·{label}〔{path}〕"], [new("本年", value.Actual), new("上年", previous)],
                    $"“{label}”由{Rules.Num.P(previous)}万元变为{Rules.Num.P(value.Actual)}万元，未填写主要变动原因。");
            }
        }
    }
}
