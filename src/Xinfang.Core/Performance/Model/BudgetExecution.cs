namespace Xinfang.Core.Performance.Model;

/// <summary>预算执行情况: the 总额 row, the rows by source, the weight and the score the department entered, and the
/// reason it gave for a rate under 90 % or for a mid-year adjustment (原因).</summary>
public sealed record BudgetExecution
{
    public FundRow Total { get; init; } = FundRow.Blank;
    public IReadOnlyDictionary<FundSource, FundRow> Sources { get; init; } = new Dictionary<FundSource, FundRow>();
    public decimal? Weight { get; init; }
    public decimal? EnteredScore { get; init; }
    public string? Reason { get; init; }
}
