using Xinfang.Core.Common.Reporting;
using System.Globalization;
using Xinfang.Core.Finance.Narrative;

namespace Xinfang.Core.Finance.Validation;

/// <summary>Guesses why parts and a total disagree: two digits swapped in one figure, a part missing or counted twice,
/// a decimal point in the wrong place, or else a part not listed.</summary>
public static class LikelyCause
{
    public static string Explain(string totalLabel, decimal total, IReadOnlyList<(string Label, decimal Value)> parts)
    {
        var sum = parts.Sum(p => p.Value);
        var difference = total - sum;
        var tolerance = Tolerance.ForSum(total, parts.Select(p => p.Value));
        foreach (var (label, value) in parts)
        {
            foreach (var swapped in Transpositions(value))
            {
                if (Math.Abs(total - (sum - value + swapped)) <= tolerance)
                {
                    return $"可能是“{label}”两位数字颠倒：印为{Printed.Number(value)}，若为{Printed.Number(swapped)}则合计相符。";
                }
            }
        }
        foreach (var swapped in Transpositions(total))
        {
            if (Math.Abs(swapped - sum) <= tolerance)
            {
                return $"可能是“{totalLabel}”两位数字颠倒：印为{Printed.Number(total)}，若为{Printed.Number(swapped)}则与分项之和相符。";
            }
        }
        foreach (var (label, value) in parts)
        {
            if (value != 0m && Math.Abs(Math.Abs(difference) - value) <= tolerance)
            {
                return difference > 0
                    ? $"差额恰等于“{label}”，可能合计中重复计入了该项，或分项表漏列了一项同额支出。"
                    : $"差额恰等于“{label}”，可能合计漏计了该项。";
            }
        }
        return difference > 0
            ? "分项之和小于合计，可能有分项漏填或未列出，或合计填写有误。"
            : "分项之和大于合计，可能有分项多填、重复填列，或合计填写有误。";
    }

    /// <summary>The values obtained by swapping two adjacent digits of the printed value.</summary>
    public static IEnumerable<decimal> Transpositions(decimal value)
    {
        var text = Printed.RoundAmount(Math.Abs(value)).ToString("0.00", CultureInfo.InvariantCulture);
        var digits = text.Replace(".", "", StringComparison.Ordinal).ToCharArray();
        var point = text.IndexOf('.', StringComparison.Ordinal);
        for (var i = 0; i < digits.Length - 1; i++)
        {
            if (digits[i] == digits[i + 1])
            {
                continue;
            }
            var copy = (char[])digits.Clone();
            (copy[i], copy[i + 1]) = (copy[i + 1], copy[i]);
            var s = new string(copy).Insert(point, ".");
            yield return decimal.Parse(s, CultureInfo.InvariantCulture) * Math.Sign(value == 0m ? 1m : value);
        }
    }
}
