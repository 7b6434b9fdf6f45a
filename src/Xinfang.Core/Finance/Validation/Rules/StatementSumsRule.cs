namespace Xinfang.Core.Finance.Validation.Rules;

/// <summary>收入决算、支出决算: 本年合计 = Σ sources/kinds; 总计 = 本年合计 + 结余/结转 items; 收入总计 = 支出总计.</summary>
public sealed class StatementSumsRule : IValidationRule
{
    public string Code => "sum.statement";
    public string Description => "收入、支出决算各项之和等于合计，收入总计等于支出总计";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var i = context.Accounts.Income;
        var e = context.Accounts.Expenditure;
        const string income = "收入决算";
        const string spending = "支出决算";
        var findings = new List<Finding>();
        findings.AddRange(AmountColumns.SumAllColumns("sum.income", income, ("本年收入合计", "income.total", i.Total),
        [
            ("一般公共预算财政拨款收入", "income.generalBudget", i.GeneralBudget), ("政府性基金预算财政拨款收入", "income.governmentFund", i.GovernmentFund),
            ("国有资本经营预算财政拨款收入", "income.stateCapital", i.StateCapital), ("上级补助收入", "income.fromSuperior", i.FromSuperior),
            ("事业收入", "income.business", i.Business), ("经营收入", "income.operating", i.Operating),
            ("附属单位上缴收入", "income.fromAffiliates", i.FromAffiliates), ("其他收入", "income.other", i.Other),
        ]));
        findings.AddRange(AmountColumns.SumAllColumns("sum.income", income, ("收入总计", "income.grandTotal", i.GrandTotal),
        [
            ("本年收入合计", "income.total", i.Total), ("使用非财政拨款结余", "income.useOfNonFiscalBalance", i.UseOfNonFiscalBalance),
            ("年初结转和结余", "income.openingCarryOver", i.OpeningCarryOver),
        ]));
        findings.AddRange(AmountColumns.SumAllColumns("sum.expenditure", spending, ("本年支出合计", "expenditure.total", e.Total),
        [
            ("基本支出", "expenditure.basic", e.Basic), ("项目支出", "expenditure.project", e.Project),
            ("上缴上级支出", "expenditure.remittedToSuperior", e.RemittedToSuperior), ("经营支出", "expenditure.operating", e.Operating),
            ("对附属单位补助支出", "expenditure.subsidiesToAffiliates", e.SubsidiesToAffiliates),
        ]));
        findings.AddRange(AmountColumns.SumAllColumns("sum.expenditure", spending, ("支出总计", "expenditure.grandTotal", e.GrandTotal),
        [
            ("本年支出合计", "expenditure.total", e.Total), ("结余分配", "expenditure.balanceDistribution", e.BalanceDistribution),
            ("年末结转和结余", "expenditure.closingCarryOver", e.ClosingCarryOver),
        ]));
        foreach (var (name, get) in AmountColumns.All)
        {
            if (get(i.GrandTotal) is { } a && get(e.GrandTotal) is { } b && a != b)
            {
                findings.Add(new Finding("balance.grand-totals", Severity.Error,
                    [AmountColumns.Place(income, "收入总计", "income.grandTotal"), AmountColumns.Place(spending, "支出总计", "expenditure.grandTotal")],
                    [new("收入总计", a), new("支出总计", b), new("差额", a - b)],
                    $"{name}中收入总计{Narrative.Printed.Number(a)}万元与支出总计{Narrative.Printed.Number(b)}万元不等；决算收支总计必须平衡，请核对年末结转和结余或某一方的合计。"));
            }
        }
        return findings;
    }
}
