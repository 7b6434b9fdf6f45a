namespace Xinfang.Core.Finance.Narrative;

/// <summary>Shares of parts in a whole, printed to one decimal.
/// Method: when the parts add up to the whole, the largest-remainder (Hamilton) method is used so that the printed
/// shares add up to exactly 100 %: every share is cut to one decimal, then the missing tenths go to the parts with
/// the largest cut-off remainders (ties: the larger part first). Otherwise each share is rounded on its own.
/// Both give the same result whenever independent rounding already adds up to 100 %.</summary>
public static class Shares
{
    public static IReadOnlyList<decimal> Of(IReadOnlyList<decimal> parts, decimal whole)
    {
        if (whole == 0m)
        {
            return [.. parts.Select(_ => 0m)];
        }
        var exact = parts.Select(p => Printed.Percent(p, whole)).ToArray();
        if (Printed.RoundAmount(parts.Sum()) != Printed.RoundAmount(whole) || parts.Any(p => p < 0m))
        {
            return [.. exact.Select(e => Printed.Round(e, Printed.ShareDecimals))];
        }
        const decimal step = 0.1m;
        var floors = exact.Select(e => Math.Floor(e / step) * step).ToArray();
        var missingSteps = (int)Math.Round((100m - floors.Sum()) / step);
        var order = Enumerable.Range(0, parts.Count)
            .OrderByDescending(i => exact[i] - floors[i])
            .ThenByDescending(i => parts[i])
            .ThenBy(i => i)
            .Take(Math.Max(0, missingSteps));
        foreach (var i in order)
        {
            floors[i] += step;
        }
        return floors;
    }
}
