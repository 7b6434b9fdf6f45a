namespace Xinfang.Core.Finance.Model;

/// <summary>财政拨款收入支出: the fiscal-appropriation totals that the report quotes on their own.</summary>
public sealed record FiscalAppropriation
{
    /// <summary>财政拨款收、支总计</summary>
    public Amount GrandTotal { get; init; } = Amount.Zero;
    /// <summary>年初财政拨款结转和结余</summary>
    public Amount OpeningCarryOver { get; init; } = Amount.Zero;
    /// <summary>年末财政拨款结转和结余</summary>
    public Amount ClosingCarryOver { get; init; } = Amount.Zero;
    /// <summary>一般公共预算财政拨款支出 (total, with its budget and previous year).</summary>
    public Amount GeneralBudgetExpenditure { get; init; } = Amount.Zero;
    /// <summary>一般公共预算财政拨款基本支出, split into 人员经费 and 公用经费.</summary>
    public BasicExpenditure GeneralBudgetBasic { get; init; } = new();
}

/// <summary>基本支出 = 人员经费 + 公用经费, each as printed.</summary>
public sealed record BasicExpenditure
{
    public Amount Total { get; init; } = Amount.Zero;
    public Amount Personnel { get; init; } = Amount.Zero;
    public Amount Public { get; init; } = Amount.Zero;
}
