namespace Xinfang.Core.Performance.Model;

/// <summary>Where a project's money comes from (资金来源), the rows under 总额 in the self-evaluation table.</summary>
public enum FundSource
{
    /// <summary>财政资金</summary>
    Fiscal,
    /// <summary>财政专户管理资金</summary>
    FiscalSpecialAccount,
    /// <summary>单位资金</summary>
    Unit,
    /// <summary>其他资金（社会投入资金、银行贷款）</summary>
    Other,
}

public static class FundSourceNames
{
    public static string Chinese(FundSource source) => source switch
    {
        FundSource.Fiscal => "财政资金",
        FundSource.FiscalSpecialAccount => "财政专户管理资金",
        FundSource.Unit => "单位资金",
        _ => "其他资金",
    };
}

/// <summary>One row of 年度预算数 in 万元: 年初预算, 调整后预算数, 预算执行数 and the execution rate as printed
/// (percent). Null means the cell is blank.</summary>
public sealed record FundRow
{
    public decimal? InitialBudget { get; init; }
    public decimal? AdjustedBudget { get; init; }
    public decimal? Executed { get; init; }
    public decimal? PrintedRate { get; init; }

    public static FundRow Of(decimal? initial, decimal? adjusted, decimal? executed, decimal? printedRate) =>
        new() { InitialBudget = initial, AdjustedBudget = adjusted, Executed = executed, PrintedRate = printedRate };

    public static readonly FundRow Blank = new();

    /// <summary>The budget execution is measured against: the adjusted budget, else the initial one.</summary>
    public decimal? Budget => AdjustedBudget ?? InitialBudget;
}
