namespace Xinfang.Core.Finance.Model;

/// <summary>One 项 (7-digit code) of the functional classification with its basic and project spending
/// from one fund. The line total is basic + project; budgets and the previous year refer to the total.</summary>
public sealed record FunctionalLine
{
    public string Code { get; init; } = "";
    public FundKind Fund { get; init; } = FundKind.GeneralBudget;
    public decimal Basic { get; init; }
    public decimal Project { get; init; }
    public decimal? InitialBudget { get; init; }
    public decimal? AdjustedBudget { get; init; }
    public decimal? PreviousYear { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public decimal Total => Basic + Project;
}

/// <summary>One item of the economic classification of 一般公共预算财政拨款基本支出.</summary>
public sealed record EconomicLine
{
    public string Code { get; init; } = "";
    public decimal Amount { get; init; }
}
