using Xinfang.Core.Common;
using Xinfang.Core.Performance.LiveData;
using Xinfang.Core.Performance.Model;

namespace Xinfang.Core.Performance.Features;

/// <summary>Measures the completion value of every bound indicator over the fiscal year (up to today, or up to the
/// given day during the year for monitoring). Fails, naming the indicator, when a figure cannot be measured.</summary>
public sealed class MeasureBoundIndicators(ILiveFigureSource source, TimeProvider clock)
{
    public async Task<Result<PerformanceYear>> HandleAsync(PerformanceYear year, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var from = new DateOnly(year.FiscalYear, 1, 1);
        var end = new DateOnly(year.FiscalYear, 12, 31);
        var to = asOf ?? ChinaTime.Today(clock);
        if (to < from)
        {
            return Error.Validation("asOf", "performance.as_of_before_year", $"计量截止日{to:yyyy-MM-dd}早于{year.FiscalYear}年度开始。");
        }
        if (to > end)
        {
            to = end;
        }

        var errors = new List<Error>();
        var projects = new List<ProjectEvaluation>();
        foreach (var project in year.Projects)
        {
            var indicators = new List<PerformanceIndicator>();
            foreach (var indicator in project.Indicators)
            {
                if (indicator.Binding is not { } binding)
                {
                    indicators.Add(indicator);
                    continue;
                }
                var measured = await source.MeasureAsync(binding, from, to, ct);
                if (measured.IsSuccess)
                {
                    indicators.Add(indicator with { Measurement = measured.Value });
                }
                else
                {
                    errors.AddRange(measured.Errors.Select(e => e with { Field = $"{project.Code}/{indicator.Name}", Message = $"项目“{project.Name}”指标“{indicator.Name}”：{e.Message}" }));
                    indicators.Add(indicator);
                }
            }
            projects.Add(project with { Indicators = indicators });
        }
        return errors.Count > 0 ? Result.Failure<PerformanceYear>([.. errors]) : year with { Projects = projects };
    }
}
