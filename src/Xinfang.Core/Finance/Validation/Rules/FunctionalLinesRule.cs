using Xinfang.Core.Finance.Model;
using Xinfang.Core.Finance.Narrative;

namespace Xinfang.Core.Finance.Validation.Rules;

/// <summary>The functional lines against the totals: Σ lines' basic/project = 基本支出/项目支出 of the expenditure
/// statement; Σ 一般公共预算 lines = 一般公共预算财政拨款支出 (actual, budgets, last year); Σ their basic = 基本支出 of
/// section 六; fiscal totals; and every code known to the classification of the year.</summary>
public sealed class FunctionalLinesRule : IValidationRule
{
    public string Code => "sum.functional-lines";
    public string Description => "功能分类各项之和等于基本支出、项目支出、一般公共预算财政拨款支出等合计";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var a = context.Accounts;
        var findings = new List<Finding>();
        if (context.Classification is { } classification)
        {
            foreach (var line in a.FunctionalLines.Where(l => l.Code.Length != 7 || !classification.Contains(l.Code)))
            {
                findings.Add(new Finding("classification.unknown-code", Severity.Error, [$"功能分类支出·{line.Code}〔functionalLines〕"], [new("支出决算", line.Total)],
                    $"科目编码“{line.Code}”不是{classification.Year}年政府收支分类科目中的项级（7位）科目，无法归入类、款。"));
            }
        }
        var lines = a.FunctionalLines;
        var gpb = lines.Where(l => l.Fund == FundKind.GeneralBudget).ToList();
        const string table = "支出决算";
        Add(findings, SumCheck.Compare(Code, "基本支出与功能分类明细：",
            ("基本支出", AmountColumns.Place(table, "基本支出", "expenditure.basic"), a.Expenditure.Basic.Actual), Parts(lines, l => l.Basic, "basic")));
        Add(findings, SumCheck.Compare(Code, "项目支出与功能分类明细：",
            ("项目支出", AmountColumns.Place(table, "项目支出", "expenditure.project"), a.Expenditure.Project.Actual), Parts(lines, l => l.Project, "project")));
        var total = a.Fiscal.GeneralBudgetExpenditure;
        const string gpbTable = "一般公共预算财政拨款支出";
        var gpbPlace = AmountColumns.Place(gpbTable, "合计", "fiscal.generalBudgetExpenditure");
        Add(findings, SumCheck.Compare(Code, "一般公共预算财政拨款支出决算数：", ("一般公共预算财政拨款支出", gpbPlace, total.Actual), Parts(gpb, l => l.Total, "total")));
        Add(findings, SumCheck.Compare(Code, "一般公共预算财政拨款支出调整预算数：", ("一般公共预算财政拨款支出预算", gpbPlace, total.AdjustedBudget), Parts(gpb, l => l.AdjustedBudget, "adjustedBudget")));
        Add(findings, SumCheck.Compare(Code, "一般公共预算财政拨款支出年初预算数：", ("一般公共预算财政拨款支出年初预算", gpbPlace, total.InitialBudget), Parts(gpb, l => l.InitialBudget, "initialBudget")));
        Add(findings, SumCheck.Compare(Code, "一般公共预算财政拨款支出上年决算数：", ("上年一般公共预算财政拨款支出", gpbPlace, total.PreviousYear), Parts(gpb, l => l.PreviousYear, "previousYear")));
        Add(findings, SumCheck.Compare(Code, "一般公共预算财政拨款基本支出：",
            ("一般公共预算财政拨款基本支出", AmountColumns.Place("一般公共预算财政拨款基本支出", "合计", "fiscal.generalBudgetBasic.total"), a.Fiscal.GeneralBudgetBasic.Total.Actual),
            Parts(gpb, l => l.Basic, "basic")));

        var fiscalLines = lines.Where(l => FundKindNames.IsFiscal(l.Fund)).ToList();
        var fiscalPlace = AmountColumns.Place("财政拨款收入支出决算总表", "收、支总计", "fiscal.grandTotal");
        Add(findings, SumCheck.Compare("sum.fiscal", "财政拨款收入方：", ("财政拨款收入总计", fiscalPlace, a.Fiscal.GrandTotal.Actual),
        [
            ("一般公共预算财政拨款收入", AmountColumns.Place("收入决算", "一般公共预算财政拨款收入", "income.generalBudget"), a.Income.GeneralBudget.Actual),
            ("政府性基金预算财政拨款收入", AmountColumns.Place("收入决算", "政府性基金预算财政拨款收入", "income.governmentFund"), a.Income.GovernmentFund.Actual),
            ("国有资本经营预算财政拨款收入", AmountColumns.Place("收入决算", "国有资本经营预算财政拨款收入", "income.stateCapital"), a.Income.StateCapital.Actual),
            ("年初财政拨款结转和结余", AmountColumns.Place("财政拨款收入支出决算总表", "年初财政拨款结转和结余", "fiscal.openingCarryOver"), a.Fiscal.OpeningCarryOver.Actual),
        ]));
        Add(findings, SumCheck.Compare("sum.fiscal", "财政拨款支出方：", ("财政拨款支出总计", fiscalPlace, a.Fiscal.GrandTotal.Actual),
        [
            ("财政拨款支出（功能分类合计）", "功能分类支出·财政拨款各项〔functionalLines〕", fiscalLines.Sum(l => l.Total)),
            ("年末财政拨款结转和结余", AmountColumns.Place("财政拨款收入支出决算总表", "年末财政拨款结转和结余", "fiscal.closingCarryOver"), a.Fiscal.ClosingCarryOver.Actual),
        ]));
        return findings;
    }

    private static List<(string, string, decimal?)> Parts(IEnumerable<FunctionalLine> lines, Func<FunctionalLine, decimal?> get, string field) =>
        [.. lines.Select(l => ($"{l.Code}", $"功能分类支出·{l.Code}〔functionalLines[{l.Code}].{field}〕", get(l)))];

    private static void Add(List<Finding> findings, Finding? finding)
    {
        if (finding is not null)
        {
            findings.Add(finding);
        }
    }
}

/// <summary>Shorthand used by the rules.</summary>
internal static class Num
{
    public static string P(decimal value) => Printed.Number(value);
}
