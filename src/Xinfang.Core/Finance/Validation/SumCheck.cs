using Xinfang.Core.Common.Reporting;
using Xinfang.Core.Finance.Narrative;

namespace Xinfang.Core.Finance.Validation;

/// <summary>Parts against a printed total, with rounding reasoning and a likely cause. Null parts (not published)
/// skip the check.</summary>
internal static class SumCheck
{
    public static Finding? Compare(string rule, string column, (string Label, string Place, decimal? Value) total,
        IReadOnlyList<(string Label, string Place, decimal? Value)> parts, Severity severity = Severity.Error)
    {
        if (total.Value is not { } t || parts.Any(p => p.Value is null))
        {
            return null;
        }
        var values = parts.Select(p => (p.Label, Value: p.Value!.Value)).ToList();
        var sum = values.Sum(p => p.Value);
        var tolerance = Tolerance.ForSum(t, values.Select(v => v.Value));
        if (Math.Abs(t - sum) <= tolerance)
        {
            return null;
        }
        var places = new List<string> { total.Place };
        places.AddRange(parts.Where(p => p.Value != 0m).Select(p => p.Place));
        var numbers = new List<FindingNumber> { new(total.Label, t) };
        numbers.AddRange(values.Where(v => v.Value != 0m).Select(v => new FindingNumber(v.Label, v.Value)));
        numbers.Add(new FindingNumber("分项之和", sum));
        numbers.Add(new FindingNumber("差额", t - sum));
        var partNames = string.Join("＋", values.Where(v => v.Value != 0m).Select(v => $"{v.Label}{Printed.Number(v.Value)}"));
        var explanation = $"{column}{Quoted(total.Label)}为{Printed.Number(t)}万元，而{(partNames.Length == 0 ? "各分项均为0" : partNames)}＝{Printed.Number(sum)}万元，"
            + $"相差{Printed.Number(t - sum)}万元，超出四舍五入可解释的±{Printed.Number(tolerance)}万元。"
            + LikelyCause.Explain(total.Label, t, values);
        return new Finding(rule, severity, places, numbers, explanation);
    }

    public static string Quoted(string label) => label.Contains('“', StringComparison.Ordinal) ? label : $"“{label}”";
}
