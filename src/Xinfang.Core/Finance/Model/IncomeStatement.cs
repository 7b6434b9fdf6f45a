namespace Xinfang.Core.Finance.Model;

/// <summary>收入决算: income of the year by source, and the totals as the department prints them.</summary>
public sealed record IncomeStatement
{
    /// <summary>本年收入合计 (as printed; the validator compares it with the sum of the sources).</summary>
    public Amount Total { get; init; } = Amount.Zero;
    public Amount GeneralBudget { get; init; } = Amount.Zero;
    public Amount GovernmentFund { get; init; } = Amount.Zero;
    public Amount StateCapital { get; init; } = Amount.Zero;
    public Amount FromSuperior { get; init; } = Amount.Zero;
    public Amount Business { get; init; } = Amount.Zero;
    public Amount Operating { get; init; } = Amount.Zero;
    public Amount FromAffiliates { get; init; } = Amount.Zero;
    public Amount Other { get; init; } = Amount.Zero;
    /// <summary>使用非财政拨款结余</summary>
    public Amount UseOfNonFiscalBalance { get; init; } = Amount.Zero;
    /// <summary>年初结转和结余</summary>
    public Amount OpeningCarryOver { get; init; } = Amount.Zero;
    /// <summary>收入总计 (本年收入合计 + 使用非财政拨款结余 + 年初结转和结余).</summary>
    public Amount GrandTotal { get; init; } = Amount.Zero;
}
