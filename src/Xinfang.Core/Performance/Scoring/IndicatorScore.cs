using Xinfang.Core.Performance.Model;

namespace Xinfang.Core.Performance.Scoring;

/// <summary>How an indicator fared under the rules.</summary>
public enum IndicatorOutcome
{
    /// <summary>Quantitative, target met.</summary>
    Met,
    /// <summary>Quantitative, target not met: proportional score.</summary>
    NotMet,
    /// <summary>Qualitative, in one of the profile's bands (see <see cref="IndicatorScore.Band"/>).</summary>
    Banded,
    /// <summary>No usable completion value (or no usable target): scored by the profile's unmeasured rule.</summary>
    Unmeasured,
}

/// <summary>The rule score of one indicator beside the entered one. For a qualitative indicator the rules allow a
/// range (<see cref="RuleMin"/>–<see cref="RuleMax"/>): the entered score is kept when inside it, else the nearest
/// end. Values are unrounded.</summary>
public sealed record IndicatorScore(
    int Number,
    PerformanceIndicator Indicator,
    IndicatorOutcome Outcome,
    string? Band,
    decimal? CompletionValue,
    decimal RuleScore,
    decimal RuleMin,
    decimal RuleMax,
    IReadOnlyList<ScoreFinding> Findings)
{
    public decimal? EnteredScore => Indicator.EnteredScore;

    public bool HasGap => EnteredScore is { } e && Math.Abs(e - RuleScore) > Figures.ScoreTolerance;

    public string OutcomeText => Outcome switch
    {
        IndicatorOutcome.Met => "达成",
        IndicatorOutcome.NotMet => "未达成（按比例）",
        IndicatorOutcome.Banded => Band ?? "",
        _ => "无法计量",
    };
}
