using Xinfang.Core.Finance.Classification;

namespace Xinfang.Core.Finance.Validation.Rules;

/// <summary>基本支出 = 人员经费 + 公用经费 (every published column); economic items add up to 人员经费 and 公用经费.</summary>
public sealed class BasicCompositionRule : IValidationRule
{
    public string Code => "basic.personnel-public";
    public string Description => "基本支出等于人员经费与公用经费之和，经济分类明细与之相符";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var basic = context.Accounts.Fiscal.GeneralBudgetBasic;
        const string table = "一般公共预算财政拨款基本支出";
        foreach (var f in AmountColumns.SumAllColumns(Code, table, ("基本支出", "fiscal.generalBudgetBasic.total", basic.Total),
            [("人员经费", "fiscal.generalBudgetBasic.personnel", basic.Personnel), ("公用经费", "fiscal.generalBudgetBasic.public", basic.Public)]))
        {
            yield return f;
        }
        var lines = context.Accounts.EconomicLines;
        foreach (var line in lines.Where(l => !EconomicClassification.Contains(l.Code)))
        {
            yield return new Finding("classification.unknown-economic-code", Severity.Error, [$"经济分类·{line.Code}〔economicLines〕"], [new("金额", line.Amount)],
                $"经济分类科目编码“{line.Code}”不在部门预算支出经济分类科目中。");
        }
        if (lines.Count == 0)
        {
            yield return new Finding("basic.economic-missing", Severity.Info, [AmountColumns.Place(table, "经济分类明细", "economicLines")], [],
                "未提供基本支出的经济分类明细（公开06表只列人员经费、公用经费合计），无法核对其构成。");
            yield break;
        }
        foreach (var kind in new[] { BasicCostKind.Personnel, BasicCostKind.Public })
        {
            var (label, amount, path) = kind == BasicCostKind.Personnel
                ? ("人员经费", basic.Personnel.Actual, "fiscal.generalBudgetBasic.personnel")
                : ("公用经费", basic.Public.Actual, "fiscal.generalBudgetBasic.public");
            var parts = lines.Where(l => EconomicClassification.Contains(l.Code) && EconomicClassification.Get(l.Code).Kind == kind)
                .Select(l => (EconomicClassification.Get(l.Code).Name, $"经济分类·{l.Code}〔economicLines[{l.Code}]〕", (decimal?)l.Amount)).ToList();
            var finding = SumCheck.Compare("sum.economic-lines", "经济分类明细：", (label, AmountColumns.Place(table, label, path), amount), parts);
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }
}
