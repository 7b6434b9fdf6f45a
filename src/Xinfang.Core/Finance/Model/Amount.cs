namespace Xinfang.Core.Finance.Model;

/// <summary>One figure of the accounts in 万元: the final (actual) amount, the budgets beside it and the
/// previous year's final amount. A null budget or previous-year value means "not published".</summary>
public sealed record Amount
{
    public static readonly Amount Zero = new();

    public decimal Actual { get; init; }
    public decimal? InitialBudget { get; init; }
    public decimal? AdjustedBudget { get; init; }
    public decimal? PreviousYear { get; init; }

    public static Amount Of(decimal actual, decimal? previousYear = null, decimal? adjustedBudget = null, decimal? initialBudget = null) =>
        new() { Actual = actual, PreviousYear = previousYear, AdjustedBudget = adjustedBudget, InitialBudget = initialBudget };

    /// <summary>The budget the execution rate is measured against: the adjusted budget, else the initial one.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public decimal? Budget => AdjustedBudget ?? InitialBudget;
}
