namespace Xinfang.Documents.Excel;

/// <summary>Sheet and column names of the final-accounts workbook template (documented in docs/finance.md).</summary>
public static class WorkbookLayout
{
    public const string Instructions = "填表说明";
    public const string Basics = "基本信息";
    public const string Amounts = "金额";
    public const string Functional = "功能分类支出";
    public const string Economic = "经济分类";
    public const string Counts = "三公及其他";
    public const string Reception = "接待明细";
    public const string Texts = "文字说明";
    public const string Glossary = "名词解释";

    public const string Key = "字段";
    public const string Label = "项目";
    public const string Value = "内容";
    public const string Actual = "决算数";
    public const string InitialBudget = "年初预算数";
    public const string AdjustedBudget = "调整预算数";
    public const string PreviousYear = "上年决算数";
    public const string Code = "科目编码";
    public const string Name = "科目名称";
    public const string Fund = "资金性质";
    public const string Basic = "基本支出";
    public const string Project = "项目支出";
    public const string AmountColumn = "金额";
    public const string Description = "内容说明";
    public const string Term = "名词";
    public const string Definition = "解释";

    public static readonly IReadOnlyDictionary<string, Xinfang.Core.Finance.Model.FundKind> Funds = new Dictionary<string, Xinfang.Core.Finance.Model.FundKind>
    {
        ["一般公共预算"] = Xinfang.Core.Finance.Model.FundKind.GeneralBudget,
        ["政府性基金"] = Xinfang.Core.Finance.Model.FundKind.GovernmentFund,
        ["国有资本经营"] = Xinfang.Core.Finance.Model.FundKind.StateCapital,
        ["非财政拨款"] = Xinfang.Core.Finance.Model.FundKind.NonFiscal,
    };

    public static string FundName(Xinfang.Core.Finance.Model.FundKind kind) => Funds.First(f => f.Value == kind).Key;

    /// <summary>Column letter of a zero-based column index (0 → A).</summary>
    public static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);
}
