using Xinfang.Core.Finance.Classification;
using Xinfang.Core.Finance.Model;

namespace Xinfang.Core.Finance.Report.Sections;

/// <summary>What every section needs: the accounts, the classification of their year, and derived sums.</summary>
internal sealed class ReportContext(FinalAccounts accounts, FunctionalClassification classification)
{
    public FinalAccounts Accounts { get; } = accounts;
    public FunctionalClassification Classification { get; } = classification;
    public int Year => Accounts.FiscalYear;
    public int LastYear => Accounts.PreviousYear;
    public string Name => Accounts.DepartmentName;

    public IEnumerable<FunctionalLine> LinesOf(FundKind fund) =>
        Accounts.FunctionalLines.Where(l => l.Fund == fund).OrderBy(l => l.Code, StringComparer.Ordinal);

    public decimal TotalOf(FundKind fund) => LinesOf(fund).Sum(l => l.Total);

    /// <summary>Sum of the lines of one fund under a 类 or 款 code.</summary>
    public decimal TotalUnder(FundKind fund, string code) => LinesOf(fund).Where(l => l.Code.StartsWith(code, StringComparison.Ordinal)).Sum(l => l.Total);

    /// <summary>“。” ends a reason exactly once.</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.Trim().TrimEnd('。', '.', '；', ';');
        return trimmed.Length == 0 ? "" : trimmed + "。";
    }
}
