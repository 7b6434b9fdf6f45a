using Xinfang.Core.Finance.Classification;
using Xinfang.Core.Finance.Model;
using Xinfang.Core.Finance.Report;
using Xinfang.Core.Finance.Validation.Rules;

namespace Xinfang.Core.Finance.Validation;

/// <summary>The validator: every rule over the data and over the generated text, findings ordered by severity.</summary>
public static class FinalAccountsValidator
{
    public static readonly IReadOnlyList<IValidationRule> Rules =
    [
        new StatementSumsRule(), new FunctionalLinesRule(), new BasicCompositionRule(), new ThreePublicRule(),
        new OtherMattersRule(), new BudgetExecutionRule(), new ReasonsRule(), new GlossaryRule(), new ReportTextRule(),
    ];

    public static ValidationReport Validate(FinalAccounts accounts, FinalAccountsReport? report = null)
    {
        var classification = FunctionalClassifications.Supports(accounts.FiscalYear) ? FunctionalClassifications.For(accounts.FiscalYear) : null;
        var findings = new List<Finding>();
        if (classification is null)
        {
            findings.Add(new Finding("classification.year", Severity.Error, ["基本信息·年度〔fiscalYear〕"], [new("年度", accounts.FiscalYear)],
                $"尚未录入{accounts.FiscalYear}年政府收支分类科目，无法核对科目。"));
        }
        else if (report is null && accounts.FunctionalLines.All(l => classification.Contains(l.Code)))
        {
            report = ReportGenerator.Generate(accounts);
        }
        var context = new ValidationContext(accounts, classification, report);
        findings.AddRange(Rules.SelectMany(rule => rule.Check(context)));
        return new ValidationReport([.. findings.OrderByDescending(f => f.Severity)]);
    }
}

public sealed record ValidationReport(IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}
