using Xinfang.Core.Common;
using Xinfang.Core.Finance.Classification;
using Xinfang.Core.Finance.Model;

namespace Xinfang.Core.Finance.Import;

/// <summary>What input must satisfy before it can be stored: these are hard errors (the file is rejected whole),
/// unlike the validator's findings, which describe consistency of otherwise well-formed accounts.</summary>
public static class InputRules
{
    public const int MaxDecimals = 4;

    public static IEnumerable<Error> Check(FinalAccounts a)
    {
        if (string.IsNullOrWhiteSpace(a.DepartmentName))
        {
            yield return Error.Validation("departmentName", "finance.required", "部门名称不能为空。");
        }
        if (!FunctionalClassifications.Supports(a.FiscalYear))
        {
            yield return Error.Validation("fiscalYear", "finance.year_unsupported", $"年度{a.FiscalYear}不受支持：目前只录入了2021—2024年的政府收支分类科目。");
            yield break;
        }
        var classification = FunctionalClassifications.For(a.FiscalYear);
        var seen = new HashSet<(string, FundKind)>();
        for (var i = 0; i < a.FunctionalLines.Count; i++)
        {
            var line = a.FunctionalLines[i];
            var field = $"functionalLines[{i}]";
            if (line.Code.Length != 7 || !classification.Contains(line.Code))
            {
                yield return Error.Validation($"{field}.code", "finance.unknown_code", $"第{i + 1}条功能分类支出的科目编码“{line.Code}”不是{a.FiscalYear}年政府收支分类科目中的项级（7位）科目。");
            }
            if (!seen.Add((line.Code, line.Fund)))
            {
                yield return Error.Validation($"{field}.code", "finance.duplicate_line", $"科目{line.Code}（{FundKindNames.Chinese(line.Fund)}）重复出现，请合并为一行。");
            }
            foreach (var error in Amounts(field, $"第{i + 1}条功能分类支出", ("basic", line.Basic), ("project", line.Project),
                ("initialBudget", line.InitialBudget), ("adjustedBudget", line.AdjustedBudget), ("previousYear", line.PreviousYear)))
            {
                yield return error;
            }
        }
        for (var i = 0; i < a.EconomicLines.Count; i++)
        {
            if (!EconomicClassification.Contains(a.EconomicLines[i].Code))
            {
                yield return Error.Validation($"economicLines[{i}].code", "finance.unknown_economic_code", $"第{i + 1}条经济分类明细的科目编码“{a.EconomicLines[i].Code}”不存在。");
            }
        }
        foreach (var (path, label, amount) in AmountFields.All(a))
        {
            foreach (var error in Amounts(path, label, ("actual", amount.Actual), ("initialBudget", amount.InitialBudget),
                ("adjustedBudget", amount.AdjustedBudget), ("previousYear", amount.PreviousYear)))
            {
                yield return error;
            }
        }
    }

    private static IEnumerable<Error> Amounts(string field, string label, params (string Name, decimal? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            if (value is not { } v)
            {
                continue;
            }
            if (v < 0m)
            {
                yield return Error.Validation($"{field}.{name}", "finance.negative_amount", $"{label}的金额不能为负数（{v}）。");
            }
            if (decimal.Round(v, MaxDecimals) != v)
            {
                yield return Error.Validation($"{field}.{name}", "finance.too_many_decimals", $"{label}的金额{v}超过{MaxDecimals}位小数（万元金额最多精确到元）。");
            }
        }
    }
}
