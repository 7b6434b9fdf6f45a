namespace Xinfang.Core.Common.Reporting;

/// <summary>Rounding reasoning for printed figures (final accounts and performance tables alike). A printed amount of 2 decimals stands for any value within
/// ±0.005万元; a sum of n printed parts compared with a printed total may therefore differ by up to 0.005×(n+1)
/// without any error in the underlying data. Values stored with more decimals are treated as exact.</summary>
public static class Tolerance
{
    public const decimal HalfCent = 0.005m;

    public static decimal HalfUnitOf(decimal value) => decimal.Round(value, 2) == value ? HalfCent : 0m;

    public static decimal ForSum(decimal total, IEnumerable<decimal> parts) => HalfUnitOf(total) + parts.Sum(HalfUnitOf);

    /// <summary>The range a quotient a/b·100 can take when a and b are printed values.</summary>
    public static (decimal Min, decimal Max) PercentRange(decimal part, decimal whole)
    {
        var hp = part == 0m ? 0m : HalfUnitOf(part);
        var hw = HalfUnitOf(whole);
        var low = Math.Max(0m, part - hp);
        var high = part + hp;
        if (whole - hw <= 0m)
        {
            return (0m, decimal.MaxValue);
        }
        return (low / (whole + hw) * 100m, high / (whole - hw) * 100m);
    }

    /// <summary>True when a percent printed with <paramref name="decimals"/> decimals can come from a value in the range.</summary>
    public static bool PercentFits(decimal printed, int decimals, (decimal Min, decimal Max) range)
    {
        var half = 0.5m * (decimal)Math.Pow(10, -decimals);
        return printed + half >= range.Min && printed - half <= range.Max;
    }
}
