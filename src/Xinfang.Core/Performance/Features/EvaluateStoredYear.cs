using Xinfang.Core.Common;
using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;
using Xinfang.Core.Performance.Scoring;

namespace Xinfang.Core.Performance.Features;

/// <summary>An evaluation as the pages and downloads need it: the result, its summary, and the errors of any bound
/// indicator that could not be measured (those indicators are then scored on their printed completion values).</summary>
public sealed record StoredEvaluation(EvaluationResult Result, EvaluationSummary Summary, IReadOnlyList<Error> MeasurementErrors);

/// <summary>Self-evaluation of a stored (or sample) department-year under a named rule profile: bound indicators are
/// measured from the Cases module first (<see cref="MeasureBoundIndicators"/>), then every project is scored
/// (<see cref="EvaluatePerformance"/>).</summary>
public sealed class EvaluateStoredYear(PerformanceYears years, MeasureBoundIndicators measure)
{
    /// <summary>A stored department-year (or a built-in sample not yet changed) under a built-in profile by name.</summary>
    public async Task<Result<StoredEvaluation>> HandleAsync(string yearId, string? profileName, CancellationToken ct = default)
    {
        var profile = string.IsNullOrWhiteSpace(profileName) ? RuleProfiles.Default : RuleProfiles.Find(profileName);
        if (profile is null)
        {
            return Error.Validation("profile", "performance.profile_not_found",
                $"没有名为“{profileName}”的评分规则；可用：{string.Join("、", RuleProfiles.All.Keys)}。");
        }

        return await HandleAsync(yearId, profile, ct);
    }

    /// <summary>A stored department-year (or a built-in sample not yet changed) under any profile (the command line
    /// also reads profiles from files).</summary>
    public async Task<Result<StoredEvaluation>> HandleAsync(string yearId, RuleProfile profile, CancellationToken ct = default) =>
        await years.FindAsync(yearId, ct) is { } stored
            ? await EvaluateAsync(stored.Year, profile, ct)
            : Error.NotFound("performance.year_not_found", $"没有编号为“{yearId}”的绩效数据。");

    /// <summary>A year as given (a built-in sample as shipped, at the command line): bound indicators measured first.</summary>
    public async Task<StoredEvaluation> EvaluateAsync(PerformanceYear year, RuleProfile profile, CancellationToken ct = default)
    {
        IReadOnlyList<Error> measurementErrors = [];
        if (year.Projects.Any(p => p.Indicators.Any(i => i.Binding is not null)))
        {
            var measured = await measure.HandleAsync(year, ct: ct);
            if (measured.IsSuccess)
            {
                year = measured.Value;
            }
            else
            {
                measurementErrors = measured.Errors;
            }
        }

        var result = EvaluatePerformance.Handle(year, profile);
        return new StoredEvaluation(result, EvaluationSummary.Of(result), measurementErrors);
    }
}
