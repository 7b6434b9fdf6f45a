using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;

namespace Xinfang.Core.Performance.Scoring;

/// <summary>The rule score of one indicator. Quantitative: met → the full weight; not met → proportional
/// (≥: actual/target, ≤: target/actual, ＝: the smaller over the larger), never above the weight. Qualitative: the
/// band of the completion word bounds the score (达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 % of the weight).
/// Every difference from the entered score is explained.</summary>
public static class IndicatorScorer
{
    public static IndicatorScore Score(PerformanceIndicator indicator, int number, string projectCode, RuleProfile profile)
    {
        var place = $"{projectCode} 绩效指标第{number}项“{Shorten(indicator.Name)}”";
        var nature = IndicatorNatures.Parse(indicator.Nature);
        var findings = TargetChecks.Check(indicator, nature, place).ToList();
        var weight = indicator.Weight is > 0 ? indicator.Weight.Value : 0m;
        var entered = indicator.EnteredScore;
        CheckEntered(indicator, place, weight, findings);
        if (indicator.Measurement is { } m)
        {
            findings.Add(new(FindingCodes.CompletionMeasured, FindingSeverity.Info, place,
                $"完成值由信访业务数据实测：{Figures.Number(Figures.Round(m.Value))}{m.Unit}，{m.Description}。"));
        }

        var canScore = weight > 0 && nature is not null && findings.All(f => f.Code != FindingCodes.TargetValueNotNumeric);
        var result = !canScore
            ? Unmeasured(indicator, number, place, profile, findings, reason: "指标本身不完整（见上）")
            : nature!.Nature == IndicatorNature.Qualitative
                ? Qualitative(indicator, number, place, weight, profile, findings)
                : Quantitative(indicator, number, place, nature.Nature, weight, profile, findings);
        if (entered is null)
        {
            findings.Add(new(FindingCodes.ScoreMissing, FindingSeverity.Error, place, "未填报得分。"));
        }
        return result;
    }

    private static void CheckEntered(PerformanceIndicator i, string place, decimal weight, List<ScoreFinding> findings)
    {
        if (i.EnteredScore is not { } e)
        {
            return;
        }
        if (e < 0)
        {
            findings.Add(new(FindingCodes.ScoreNegative, FindingSeverity.Error, place, $"填报得分{Figures.Score(e)}为负数。"));
        }
        if (weight > 0 && e > weight)
        {
            findings.Add(new(FindingCodes.ScoreExceedsWeight, FindingSeverity.Error, place, $"填报得分{Figures.Score(e)}超过权重{Figures.Score(weight)}。"));
        }
    }

    private static IndicatorScore Quantitative(PerformanceIndicator i, int number, string place, IndicatorNature nature, decimal weight, RuleProfile profile, List<ScoreFinding> findings)
    {
        var target = Figures.TryParse(i.Target, out var parsedTarget) ? parsedTarget : throw new InvalidOperationException("target checked before scoring");
        decimal actual;
        if (i.Measurement is { } m)
        {
            actual = m.Value;
        }
        else if (!Figures.TryParse(i.Completion, out actual))
        {
            var word = i.Completion?.Trim() ?? "";
            if (profile.MetWords.Contains(word))
            {
                findings.Add(new(FindingCodes.CompletionWordAsMet, FindingSeverity.Warning, place,
                    $"完成值“{word}”不是数值，按达成计（指标值{Bound(i, nature, target)}）。"));
                AddGap(findings, place, i.EnteredScore, weight, $"完成值“{word}”按达成计，按规则应得满分{Figures.Score(weight)}分");
                return new(number, i, IndicatorOutcome.Met, null, null, weight, weight, weight, findings);
            }
            var code = word.Length == 0 ? FindingCodes.CompletionMissing : FindingCodes.CompletionNotNumeric;
            var text = word.Length == 0 ? "完成值空缺" : $"完成值“{word}”不是数值";
            findings.Add(new(code, FindingSeverity.Error, place, $"{text}，无法与指标值（{Bound(i, nature, target)}）比较。"));
            return Unmeasured(i, number, place, profile, findings, reason: text);
        }

        var met = nature switch
        {
            IndicatorNature.AtLeast => actual >= target,
            IndicatorNature.AtMost => actual <= target,
            _ => actual == target,
        };
        var shown = $"{Figures.Number(Figures.Round(actual))}{i.Unit}";
        if (met)
        {
            AddGap(findings, place, i.EnteredScore, weight, $"完成值{shown}达成指标值（{Bound(i, nature, target)}），按规则应得满分{Figures.Score(weight)}分");
            return new(number, i, IndicatorOutcome.Met, null, actual, weight, weight, weight, findings);
        }

        var (numerator, denominator, verb) = nature switch
        {
            IndicatorNature.AtLeast => (actual, target, "未达"),
            IndicatorNature.AtMost => (target, actual, "超出"),
            _ => actual < target ? (actual, target, "低于") : (target, actual, "高于"),
        };
        var share = denominator <= 0 ? 0m : Math.Clamp(numerator / denominator, 0m, 1m);
        var rule = weight * share;
        AddGap(findings, place, i.EnteredScore, rule,
            $"完成值{shown}{verb}指标值（{Bound(i, nature, target)}），按规则得分 = {Figures.Number(Figures.Round(numerator))}/{Figures.Number(Figures.Round(denominator))}×{Figures.Score(weight)} = {Figures.Score(rule)}分");
        return new(number, i, IndicatorOutcome.NotMet, null, actual, rule, rule, rule, findings);
    }

    private static IndicatorScore Qualitative(PerformanceIndicator i, int number, string place, decimal weight, RuleProfile profile, List<ScoreFinding> findings)
    {
        var word = i.Completion?.Trim() ?? "";
        if (word.Length == 0)
        {
            findings.Add(new(FindingCodes.CompletionMissing, FindingSeverity.Error, place, "定性指标完成值空缺，无法判断达成程度。"));
            return Unmeasured(i, number, place, profile, findings, reason: "完成值空缺");
        }
        if (profile.BandOf(word) is not { } band)
        {
            findings.Add(new(FindingCodes.CompletionUnknownWord, FindingSeverity.Error, place,
                $"定性指标完成值“{word}”不在评分规则的档次词表中（{string.Join("；", profile.QualitativeBands.Select(b => $"{b.Name}：{string.Join("、", b.Words)}"))}）。"));
            return Unmeasured(i, number, place, profile, findings, reason: $"完成值“{word}”无法归档");
        }
        var min = weight * band.MinShare;
        var max = weight * band.MaxShare;
        var range = $"定性指标完成值“{word}”属“{band.Name}”（权重的{Figures.Number(band.MinShare * 100)}%–{Figures.Number(band.MaxShare * 100)}%，即{Figures.Score(min)}–{Figures.Score(max)}分）";
        var entered = i.EnteredScore;
        var rule = entered is { } e ? Math.Clamp(e, min, max) : min;
        if (entered is { } en && en > max + Figures.ScoreTolerance)
        {
            findings.Add(Gap(place, $"{range}，填报{Figures.Score(en)}分超出该档上限，按规则最多得{Figures.Score(max)}分，{Figures.Difference(en, max)}。"));
        }
        else if (entered is { } el && el < min - Figures.ScoreTolerance)
        {
            findings.Add(Gap(place, $"{range}，填报{Figures.Score(el)}分低于该档下限，按规则至少得{Figures.Score(min)}分，{Figures.Difference(el, min)}。"));
        }
        return new(number, i, IndicatorOutcome.Banded, band.Name, null, rule, min, max, findings);
    }

    private static IndicatorScore Unmeasured(PerformanceIndicator i, int number, string place, RuleProfile profile, List<ScoreFinding> findings, string reason)
    {
        var keep = profile.Unmeasured == UnmeasuredScoring.KeepEntered;
        var rule = keep ? i.EnteredScore ?? 0m : 0m;
        if (!keep)
        {
            AddGap(findings, place, i.EnteredScore, 0m, $"{reason}，无法判断是否达成，按规则不得分");
        }
        return new(number, i, IndicatorOutcome.Unmeasured, null, null, rule, rule, rule, findings);
    }

    private static void AddGap(List<ScoreFinding> findings, string place, decimal? entered, decimal rule, string because)
    {
        if (entered is { } e && Math.Abs(e - rule) > Figures.ScoreTolerance)
        {
            findings.Add(Gap(place, $"{because}，填报{Figures.Score(e)}分，{Figures.Difference(e, rule)}。"));
        }
    }

    private static ScoreFinding Gap(string place, string message) => new(FindingCodes.ScoreGap, FindingSeverity.Warning, place, message);

    private static string Bound(PerformanceIndicator i, IndicatorNature nature, decimal target) =>
        $"{IndicatorNatures.Symbol(nature)}{Figures.Number(target)}{i.Unit}";

    internal static string Shorten(string name) => name.Length <= 24 ? name : name[..24] + "…";
}
