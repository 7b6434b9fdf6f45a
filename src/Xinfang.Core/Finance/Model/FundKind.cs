namespace Xinfang.Core.Finance.Model;

/// <summary>Where the money of an expenditure line comes from.</summary>
public enum FundKind
{
    /// <summary>一般公共预算财政拨款</summary>
    GeneralBudget,
    /// <summary>政府性基金预算财政拨款</summary>
    GovernmentFund,
    /// <summary>国有资本经营预算财政拨款</summary>
    StateCapital,
    /// <summary>非财政拨款资金（上级补助、事业、经营、其他等）</summary>
    NonFiscal,
}

public static class FundKindNames
{
    public static string Chinese(FundKind kind) => kind switch
    {
        FundKind.GeneralBudget => "一般公共预算财政拨款",
        FundKind.GovernmentFund => "政府性基金预算财政拨款",
        FundKind.StateCapital => "国有资本经营预算财政拨款",
        _ => "非财政拨款资金",
    };

    public static bool IsFiscal(FundKind kind) => kind != FundKind.NonFiscal;
}
