namespace Xinfang.Core.Finance.Narrative;

/// <summary>Direction of a change between two years.</summary>
public enum ChangeDirection
{
    Increase,
    Decrease,
    Unchanged,
}

/// <summary>A year-on-year change computed from the printed amounts: the change in 万元 and in percent of last year.</summary>
public sealed record YearOnYear(decimal Current, decimal Previous)
{
    public decimal Change => Printed.RoundAmount(Current) - Printed.RoundAmount(Previous);

    public ChangeDirection Direction => Change switch { > 0m => ChangeDirection.Increase, < 0m => ChangeDirection.Decrease, _ => ChangeDirection.Unchanged };

    /// <summary>Percent change rounded to one decimal, or null when last year was zero.</summary>
    public decimal? PercentPrinted => Previous == 0m
        ? null
        : Printed.Round(Math.Abs(Change) / Printed.RoundAmount(Previous) * 100m, Printed.ChangeDecimals);

    /// <summary>增加 / 减少</summary>
    public string AmountVerb => Direction == ChangeDirection.Increase ? "增加" : "减少";

    /// <summary>增长 / 下降</summary>
    public string PercentVerb => Direction == ChangeDirection.Increase ? "增长" : "下降";

    /// <summary>“减少49.46万元，下降13.8%” (or “持平”); the percent is left out when last year was zero.</summary>
    public string Phrase => Direction == ChangeDirection.Unchanged
        ? "持平"
        : PercentPrinted is { } pct
            ? $"{AmountVerb}{Printed.Amount(Math.Abs(Change))}万元，{PercentVerb}{Printed.Number(pct)}%"
            : $"{AmountVerb}{Printed.Amount(Math.Abs(Change))}万元";
}
