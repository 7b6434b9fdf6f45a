namespace Xinfang.Core.Finance.Model;

/// <summary>支出决算: expenditure of the year by kind, and the totals as the department prints them.</summary>
public sealed record ExpenditureStatement
{
    /// <summary>本年支出合计</summary>
    public Amount Total { get; init; } = Amount.Zero;
    public Amount Basic { get; init; } = Amount.Zero;
    public Amount Project { get; init; } = Amount.Zero;
    /// <summary>上缴上级支出</summary>
    public Amount RemittedToSuperior { get; init; } = Amount.Zero;
    /// <summary>经营支出</summary>
    public Amount Operating { get; init; } = Amount.Zero;
    /// <summary>对附属单位补助支出</summary>
    public Amount SubsidiesToAffiliates { get; init; } = Amount.Zero;
    /// <summary>结余分配</summary>
    public Amount BalanceDistribution { get; init; } = Amount.Zero;
    /// <summary>年末结转和结余</summary>
    public Amount ClosingCarryOver { get; init; } = Amount.Zero;
    /// <summary>支出总计</summary>
    public Amount GrandTotal { get; init; } = Amount.Zero;
}
