using System.Globalization;

namespace Xinfang.Core.Finance.Narrative;

/// <summary>How figures are printed in the disclosure, and the rounding behind it (四舍五入, half away from zero):
/// amounts in 万元 to 2 decimals without trailing zeros ("74", "0", "309.33"), shares and year-on-year
/// percentages to 1 decimal, budget-execution rates to 2 decimals.</summary>
public static class Printed
{
    public const int AmountDecimals = 2;
    public const int ShareDecimals = 1;
    public const int ChangeDecimals = 1;
    public const int RateDecimals = 2;

    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    public static decimal RoundAmount(decimal value) => Round(value, AmountDecimals);

    public static string Amount(decimal value) => Number(RoundAmount(value));

    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Percent of <paramref name="part"/> in <paramref name="whole"/>, unrounded; 0 when the whole is 0.</summary>
    public static decimal Percent(decimal part, decimal whole) => whole == 0m ? 0m : part / whole * 100m;
}
