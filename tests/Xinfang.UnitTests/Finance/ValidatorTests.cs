using Xinfang.Core.Finance.Model;
using Xinfang.Core.Finance.Narrative;
using Xinfang.Core.Finance.Samples;
using Xinfang.Core.Finance.Validation;
using Xinfang.Core.Finance.Validation.Rules;
using Xunit;

namespace Xinfang.UnitTests.Finance;

public class ValidatorTests
{
    private static IReadOnlyList<Finding> Findings(FinalAccounts accounts) => FinalAccountsValidator.Validate(accounts).Findings;

    private static Finding Single(FinalAccounts accounts, string rule) => Assert.Single(Findings(accounts), f => f.Rule == rule);

    [Fact]
    public void Validate_WhenConsistent_FindsNothing() => Assert.Empty(Findings(ConsistentAccounts.Build()));

    [Fact]
    public void Validate_WhenPrintedPartsDifferFromTotalByRoundingOnly_FindsNothing()
    {
        // Three thirds printed as 33.33 each add up to 99.99 against a printed total of 100.00: rounding, not an error.
        var a = ConsistentAccounts.Build();
        a = a with { Procurement = new Procurement { Total = 100m, Goods = 33.33m, Works = 33.33m, Services = 33.33m } };
        Assert.Empty(Findings(a));
    }

    [Fact]
    public void Validate_WhenIncomeTotalWrong_FindsSumIncomeNamingTheTotal()
    {
        var a = ConsistentAccounts.Build();
        a = a with { Income = a.Income with { Total = Amount.Of(130m) } };
        var f = Assert.Single(Findings(a), f => f.Rule == "sum.income" && f.Places[0].Contains("income.total", StringComparison.Ordinal));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains(f.Numbers, n => n.Label == "差额" && n.Value == 7.33m);
    }

    [Fact]
    public void Validate_WhenBasicExpenditureWrong_FindsExpenditureAndLinesMismatch()
    {
        var a = ConsistentAccounts.Build();
        a = a with { Expenditure = a.Expenditure with { Basic = Amount.Of(80.33m) } };
        var rules = Findings(a).Select(f => f.Rule).ToList();
        Assert.Contains("sum.expenditure", rules);
        Assert.Contains("sum.functional-lines", rules);
    }

    [Fact]
    public void Validate_WhenGrandTotalsDiffer_FindsBalanceError()
    {
        var a = ConsistentAccounts.Build();
        a = a with { Expenditure = a.Expenditure with { GrandTotal = Amount.Of(122.67m, previousYear: 131m) } };
        var f = Single(a, "balance.grand-totals");
        Assert.Equal([130m, 131m, -1m], f.Numbers.Select(n => n.Value));
    }

    [Fact]
    public void Validate_WhenGeneralBudgetTotalDiffersFromItsLines_FindsFunctionalLinesError()
    {
        var a = ConsistentAccounts.Build();
        a = a with { Fiscal = a.Fiscal with { GeneralBudgetExpenditure = Amount.Of(113.67m, previousYear: 118m, adjustedBudget: 114.33m) } };
        Assert.Contains(Findings(a), f => f.Rule == "sum.functional-lines" && f.Places[0].Contains("fiscal.generalBudgetExpenditure", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WhenFiscalGrandTotalWrong_FindsSumFiscal()
    {
        var a = ConsistentAccounts.Build();
        a = a with { Fiscal = a.Fiscal with { GrandTotal = Amount.Of(125m, previousYear: 125m) } };
        Assert.Equal(2, Findings(a).Count(f => f.Rule == "sum.fiscal"));
    }

    [Fact]
    public void Validate_WhenPublicCostsDigitsSwapped_FindsPersonnelPublicWithTranspositionCause()
    {
        var a = ConsistentAccounts.Build();
        a = a with { Fiscal = a.Fiscal with { GeneralBudgetBasic = a.Fiscal.GeneralBudgetBasic with { Public = Amount.Of(3.93m, adjustedBudget: 9.5m) } } };
        var f = Single(a, "basic.personnel-public");
        Assert.Contains("fiscal.generalBudgetBasic.public", string.Join(" ", f.Places), StringComparison.Ordinal);
        Assert.Contains("数字颠倒", f.Explanation, StringComparison.Ordinal);
        Assert.Contains("9.33", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenEconomicLinesDoNotAddUp_FindsEconomicLinesError()
    {
        var a = ConsistentAccounts.Build();
        a = a with { EconomicLines = [.. a.EconomicLines.Select(l => l.Code == "30101" ? l with { Amount = 51m } : l)] };
        var f = Single(a, "sum.economic-lines");
        Assert.Contains("人员经费", f.Places[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenThreePublicBudgetPartsExceedTotal_FindsThreePublicError()
    {
        var a = ConsistentAccounts.Build();
        a = a with { ThreePublic = a.ThreePublic with { Reception = Amount.Of(0.5m, previousYear: 0.6m, adjustedBudget: 0.8m) } };
        var f = Single(a, "sum.three-public");
        Assert.Contains("调整预算数", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenProcurementAndVehiclesDisagree_FindsBoth()
    {
        var a = ConsistentAccounts.Build();
        a = a with { Procurement = a.Procurement with { Total = 6m }, Assets = a.Assets with { VehiclesTotal = 2 } };
        Assert.Equal(Severity.Error, Single(a, "sum.procurement").Severity);
        Assert.Equal(Severity.Error, Single(a, "sum.asset-vehicles").Severity);
    }

    [Fact]
    public void Validate_WhenOperatingCostsExceedPublicCosts_Warns()
    {
        var a = ConsistentAccounts.Build() with { OperatingCosts = Amount.Of(12m, previousYear: 8.5m) };
        Assert.Equal(Severity.Warning, Single(a, "cross.operating-costs").Severity);
    }

    [Fact]
    public void Validate_WhenLineOverBudgetOrFarUnder_WarnsOrInforms()
    {
        var a = ConsistentAccounts.Build();
        a = a with { FunctionalLines = [.. a.FunctionalLines.Select(l => l.Code switch
        {
            "2210201" => l with { AdjustedBudget = 4m },
            "2101101" => l with { AdjustedBudget = 8m },
            _ => l,
        })], Fiscal = a.Fiscal with { GeneralBudgetExpenditure = a.Fiscal.GeneralBudgetExpenditure with { AdjustedBudget = 117.33m } } };
        var findings = Findings(a).Where(f => f.Rule == "budget.execution").ToList();
        Assert.Contains(findings, f => f.Severity == Severity.Warning && f.Places[0].Contains("2210201", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Severity == Severity.Info && f.Places[0].Contains("2101101", StringComparison.Ordinal) && f.Numbers.Any(n => n.Value == 50m));
    }

    [Fact]
    public void Validate_WhenReasonMissing_Warns()
    {
        var a = ConsistentAccounts.Build();
        a = a with { Reasons = a.Reasons with { Totals = "" } };
        Assert.Contains("reasons.totals", Single(a, "reason.missing").Places[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenGlossaryMisnamesItem_Warns()
    {
        var a = ConsistentAccounts.Build();
        a = a with { Glossary = [a.Glossary[0], a.Glossary[1] with { Term = "一般公共服务（类）政府办公厅（室）及相关机构事务（款）信访事项（项）" }] };
        Assert.Contains("glossary[1]", Single(a, "glossary.name-mismatch").Places[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenCodeUnknown_FindsClassificationError()
    {
        var a = ConsistentAccounts.Build();
        a = a with { FunctionalLines = [.. a.FunctionalLines.Select(l => l.Code == "2101101" ? l with { Code = "2101198" } : l)] };
        Assert.Equal(Severity.Error, Single(a, "classification.unknown-code").Severity);
    }

    [Fact]
    public void CheckClaims_WhenShareWrong_FindsTextShareError()
    {
        var claim = new ShareClaim("第二部分二", "本年收入合计", 100m, [new("甲", 60m, 60m), new("乙", 40m, 45m)]);
        var f = Assert.Single(ReportTextRule.CheckClaims([claim]), f => f.Rule == "text.share");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("第二部分二", f.Places[0]);
    }

    [Fact]
    public void CheckClaims_WhenPrintedSharesAddTo99Point9_NotesItAsInfo()
    {
        var claim = new ShareClaim("第二部分五", "支出", 281.96m, [new("甲", 232.43m, 82.4m), new("乙", 17.51m, 6.2m), new("丙", 12.99m, 4.6m), new("丁", 19.03m, 6.7m)]);
        var f = Assert.Single(ReportTextRule.CheckClaims([claim]));
        Assert.Equal(("text.shares-total", Severity.Info), (f.Rule, f.Severity));
        Assert.Equal(99.9m, f.Numbers[0].Value);
    }

    [Fact]
    public void CheckClaims_WhenChangePercentWrong_FindsYearOnYearError()
    {
        var ok = new ChangeClaim("一", "收、支总计", 309.33m, ChangeDirection.Decrease, 49.46m, 13.8m);
        var wrong = ok with { Percent = 16m };
        Assert.Empty(ReportTextRule.CheckClaims([ok]));
        Assert.Equal(358.79m, Assert.Single(ReportTextRule.CheckClaims([wrong])).Numbers.Single(n => n.Label == "推算上年").Value);
    }

    [Fact]
    public void CheckClaims_WhenRateWrongOrSameFigureDiffers_FindsBoth()
    {
        Claim[] claims =
        [
            new RateClaim("七", "公务接待费", 0.75m, 1.19m, 70m),
            new QuoteClaim("三", "expenditure.basic", "基本支出", 242.11m),
            new QuoteClaim("六", "expenditure.basic", "基本支出", 241.21m),
        ];
        var rules = ReportTextRule.CheckClaims(claims).Select(f => f.Rule).ToList();
        Assert.Equal(["text.rate", "text.same-figure"], rules);
    }

    [Fact]
    public void CheckClaims_WhenRateWithinRoundingOfPrintedAmounts_FindsNothing() =>
        Assert.Empty(ReportTextRule.CheckClaims([new RateClaim("七", "公务接待费", 0.75m, 1.19m, 63.01m)]));

    [Fact]
    public void Validate_Sample_FindsTheSeedsInconsistencies()
    {
        var report = FinalAccountsValidator.Validate(Renhe2022Sample.Create());
        Assert.True(report.HasErrors);
        var basic = Assert.Single(report.Findings, f => f.Rule == "basic.personnel-public");
        Assert.Equal([242.11m, 233.32m, 7.89m, 241.21m, 0.9m], basic.Numbers.Select(n => n.Value));
        Assert.Contains("8.79", basic.Explanation, StringComparison.Ordinal);
        Assert.Single(report.Findings, f => f.Rule == "sum.three-public");
        Assert.Single(report.Findings, f => f.Rule == "cross.operating-costs");
        Assert.Contains("glossary[8]", Assert.Single(report.Findings, f => f.Rule == "glossary.name-mismatch").Places[0], StringComparison.Ordinal);
        Assert.Equal(4, report.Findings.Count(f => f.Rule == "glossary.unused-item"));
        Assert.DoesNotContain(report.Findings, f => f.Rule.StartsWith("text.", StringComparison.Ordinal) && f.Severity != Severity.Info);
        Assert.Equal(2, report.Count(Severity.Error));
    }
}
