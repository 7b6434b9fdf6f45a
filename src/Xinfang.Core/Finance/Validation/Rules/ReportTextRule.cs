using Xinfang.Core.Common.Reporting;
using Xinfang.Core.Finance.Narrative;

namespace Xinfang.Core.Finance.Validation.Rules;

/// <summary>Re-checks the figures as printed in the narrative (the generator's claims, or claims read from any text):
/// each share, year-on-year change and execution rate must be reachable from the printed amounts given their
/// rounding; printed shares that do not add up to 100 % are noted; a quantity quoted in two places must print the
/// same value.</summary>
public sealed class ReportTextRule : IValidationRule
{
    public string Code => "text";
    public string Description => "报告文字中的占比、同比、执行率与所引金额相符，同一数字各处一致";

    public IEnumerable<Finding> Check(ValidationContext context) =>
        context.Report is null ? [] : CheckClaims(context.Report.Claims);

    public static IEnumerable<Finding> CheckClaims(IEnumerable<Claim> claims)
    {
        var list = claims.ToList();
        foreach (var claim in list)
        {
            var findings = claim switch
            {
                ShareClaim s => Shares(s),
                ChangeClaim c => Change(c),
                RateClaim r => Rate(r),
                _ => [],
            };
            foreach (var f in findings)
            {
                yield return f;
            }
        }
        foreach (var group in list.OfType<QuoteClaim>().GroupBy(q => q.Key))
        {
            var values = group.Select(q => q.Value).Distinct().ToList();
            if (values.Count > 1)
            {
                yield return new Finding("text.same-figure", Severity.Error, [.. group.Select(q => q.Place).Distinct()],
                    [.. group.Select(q => new FindingNumber($"{q.Place}·{q.Label}", q.Value))],
                    $"“{group.First().Label}”在不同位置印为不同数值（{string.Join("、", values.Select(Printed.Number))}万元），同一数字应各处一致。");
            }
        }
    }

    private static List<Finding> Shares(ShareClaim s)
    {
        var findings = new List<Finding>();
        var sum = s.Parts.Sum(p => p.Share);
        var partsAddUp = Math.Abs(s.Parts.Sum(p => p.Amount) - s.Whole) <= Tolerance.ForSum(s.Whole, s.Parts.Select(p => p.Amount));
        foreach (var part in s.Parts)
        {
            var range = Tolerance.PercentRange(part.Amount, s.Whole);
            if (Tolerance.PercentFits(part.Share, Printed.ShareDecimals, range))
            {
                continue;
            }
            var exact = Printed.Percent(part.Amount, s.Whole);
            var adjusted = s.Parts.Count > 1 && sum == 100m && Math.Abs(part.Share - exact) < 0.1m + 0.05m;
            findings.Add(new Finding("text.share", adjusted ? Severity.Info : Severity.Error, [s.Place],
                [new(part.Label, part.Amount), new(s.WholeLabel, s.Whole), new("印出占比%", part.Share), new("按金额计算%", Printed.Round(exact, 3))],
                adjusted
                    ? $"“{part.Label}”占比印为{Printed.Number(part.Share)}%，按金额计算为{Printed.Number(Printed.Round(exact, 3))}%；差异系为使各项合计100%而按最大余数法调整，属正常。"
                    : $"“{part.Label}”{Printed.Number(part.Amount)}万元占{s.WholeLabel}{Printed.Number(s.Whole)}万元的比例应约为{Printed.Number(Printed.Round(exact, 2))}%，印为{Printed.Number(part.Share)}%，即使考虑金额四舍五入也不相符。可能是金额或占比填错。"));
        }
        if (s.Parts.Count > 1 && partsAddUp && s.Whole != 0m && sum != 100m)
        {
            findings.Add(new Finding("text.shares-total", Severity.Info, [s.Place], [new("印出占比合计%", sum)],
                $"{s.WholeLabel}各项占比印出合计为{Printed.Number(sum)}%而非100%：各项分别四舍五入所致，非数据错误；如需合计100%，可按最大余数法调整。"));
        }
        return findings;
    }

    private static List<Finding> Change(ChangeClaim c)
    {
        if (c.Percent is not { } pct || c.Direction == ChangeDirection.Unchanged)
        {
            return [];
        }
        var previous = c.Direction == ChangeDirection.Decrease ? c.Current + c.Change : c.Current - c.Change;
        var range = Tolerance.PercentRange(c.Change, previous);
        var halfPrev = Tolerance.HalfUnitOf(c.Current) + Tolerance.HalfUnitOf(c.Change);
        var widened = (Min: Printed.Percent(Math.Max(0, c.Change - Tolerance.HalfUnitOf(c.Change)), previous + halfPrev),
            Max: previous - halfPrev <= 0 ? decimal.MaxValue : Printed.Percent(c.Change + Tolerance.HalfUnitOf(c.Change), previous - halfPrev));
        if (Tolerance.PercentFits(pct, Printed.ChangeDecimals, (Math.Min(range.Min, widened.Min), Math.Max(range.Max, widened.Max))))
        {
            return [];
        }
        var expected = Printed.Round(Printed.Percent(c.Change, previous), 2);
        return [new Finding("text.year-on-year", Severity.Error, [c.Place],
            [new("本年", c.Current), new("变动额", c.Change), new("推算上年", previous), new("印出变动率%", pct), new("应为%", expected)],
            $"“{c.Label}”本年{Printed.Number(c.Current)}万元，变动{Printed.Number(c.Change)}万元，推算上年为{Printed.Number(previous)}万元，变动率应约为{Printed.Number(expected)}%，印为{Printed.Number(pct)}%。可能是变动额或上年数有误。")];
    }

    private static List<Finding> Rate(RateClaim r)
    {
        var range = Tolerance.PercentRange(r.Actual, r.Budget);
        if (r.Budget == 0m || Tolerance.PercentFits(r.Rate, Printed.RateDecimals, range))
        {
            return [];
        }
        var expected = Printed.Round(Printed.Percent(r.Actual, r.Budget), 2);
        return [new Finding("text.rate", Severity.Error, [r.Place],
            [new("决算数", r.Actual), new("预算数", r.Budget), new("印出执行率%", r.Rate), new("应为%", expected)],
            $"“{r.Label}”决算{Printed.Number(r.Actual)}万元、预算{Printed.Number(r.Budget)}万元，执行率应为{Printed.Number(expected)}%，印为{Printed.Number(r.Rate)}%。")];
    }
}
