namespace Xinfang.Core.Performance.Scoring;

public enum FindingSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>One result of the engine: a stable English code, its severity, the place in the table (project code and
/// row, in Chinese) and a Chinese explanation with the numbers.</summary>
public sealed record ScoreFinding(string Code, FindingSeverity Severity, string Place, string Message);

public static class FindingSeverityNames
{
    public static string Chinese(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "错误",
        FindingSeverity.Warning => "警告",
        _ => "提示",
    };
}

/// <summary>Stable finding codes.</summary>
public static class FindingCodes
{
    public const string ScoreGap = "score.gap";
    public const string ScoreMissing = "score.missing";
    public const string ScoreExceedsWeight = "score.exceeds_weight";
    public const string ScoreNegative = "score.negative";
    public const string CompletionMissing = "completion.missing";
    public const string CompletionNotNumeric = "completion.not_numeric";
    public const string CompletionWordAsMet = "completion.word_as_met";
    public const string CompletionUnknownWord = "completion.unknown_word";
    public const string CompletionMeasured = "completion.measured";
    public const string TargetsMissing = "targets.missing";
    public const string TargetNameMissing = "target.name_missing";
    public const string TargetNameIsCategory = "target.name_is_category";
    public const string TargetLevel1Unknown = "target.level1_unknown";
    public const string TargetLevel2Mismatch = "target.level2_mismatch";
    public const string TargetNatureUnknown = "target.nature_unknown";
    public const string TargetNatureNonStandard = "target.nature_nonstandard";
    public const string TargetValueNotNumeric = "target.value_not_numeric";
    public const string TargetUnitMissing = "target.unit_missing";
    public const string TargetWeightMissing = "target.weight_missing";
    public const string WeightsIndicatorSum = "weights.indicator_sum";
    public const string WeightsBudget = "weights.budget";
    public const string WeightsTotal = "weights.total";
    public const string WeightsPrintedTotal = "weights.printed_total";
    public const string TotalMismatch = "total.mismatch";
    public const string TotalMissing = "total.missing";
    public const string BudgetMissing = "budget.missing";
    public const string BudgetRateMismatch = "budget.rate_mismatch";
    public const string BudgetSourcesSum = "budget.sources_sum";
    public const string BudgetReasonMissing = "budget.reason_missing";
    public const string BudgetAdjusted = "budget.adjusted";
    public const string DepartmentClassMismatch = "department.class_mismatch";
    public const string DepartmentTotalMismatch = "department.total_mismatch";
    public const string DepartmentRateMismatch = "department.rate_mismatch";
    public const string DepartmentScoreGap = "department.score_gap";
}
