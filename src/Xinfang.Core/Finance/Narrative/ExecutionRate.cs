namespace Xinfang.Core.Finance.Narrative;

/// <summary>Budget execution rate = actual / budget, in percent to two decimals. The disclosure convention for a
/// zero budget with zero spending is 100 % (“完成预算100%”); a zero budget with spending has no rate.</summary>
public static class ExecutionRate
{
    public static decimal? Of(decimal actual, decimal? budget) => budget switch
    {
        null => null,
        0m => actual == 0m ? 100m : null,
        _ => Printed.Round(actual / budget.Value * 100m, Printed.RateDecimals),
    };
}
