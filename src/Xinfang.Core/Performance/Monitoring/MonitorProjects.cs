using Xinfang.Core.Common;
using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;
using Xinfang.Core.Performance.Scoring;

namespace Xinfang.Core.Performance.Monitoring;

/// <summary>绩效监控 use case: on a day of the fiscal year, each project's spending against the time elapsed and its
/// indicators' progress, with a warning for every project falling behind (thresholds from the rule profile).</summary>
public sealed class MonitorProjects(TimeProvider clock)
{
    public Result<MonitoringReport> Handle(PerformanceYear year, IReadOnlyList<ProjectProgress> progress, RuleProfile? profile = null, DateOnly? asOf = null)
    {
        var rules = profile ?? RuleProfiles.Default;
        var day = asOf ?? ChinaTime.Today(clock);
        if (day.Year != year.FiscalYear)
        {
            return Error.Validation("asOf", "performance.as_of_outside_year", $"监控日期{day:yyyy-MM-dd}不在{year.FiscalYear}年度内。");
        }
        var errors = new List<Error>();
        foreach (var p in progress)
        {
            if (year.Projects.All(x => x.Code != p.ProjectCode))
            {
                errors.Add(Error.Validation("projectCode", "performance.project_not_found", $"项目编码“{p.ProjectCode}”不存在。"));
            }
            if (p.ExecutedToDate < 0)
            {
                errors.Add(Error.Validation("executedToDate", "performance.negative_amount", $"项目“{p.ProjectCode}”的执行数不能为负数。"));
            }
        }
        if (errors.Count > 0)
        {
            return Result.Failure<MonitoringReport>([.. errors]);
        }

        var elapsed = (decimal)day.DayOfYear / (DateTime.IsLeapYear(day.Year) ? 366 : 365);
        var reported = progress.ToDictionary(p => p.ProjectCode);
        var projects = year.Projects.Select(p => Assess(p, reported.GetValueOrDefault(p.Code), elapsed, rules)).ToList();
        return new MonitoringReport(day, elapsed, projects);
    }

    private static ProjectMonitoring Assess(ProjectEvaluation p, ProjectProgress? reported, decimal elapsed, RuleProfile rules)
    {
        var warnings = new List<string>();
        var executed = reported?.ExecutedToDate ?? 0m;
        var budget = p.Budget.Total.Budget;
        decimal? spending = budget is > 0 ? executed / budget.Value : null;
        var status = MonitoringStatus.OnTrack;
        if (spending is { } s)
        {
            var lag = elapsed - s;
            status = lag >= rules.MonitoringSeriousLag ? MonitoringStatus.SeriouslyBehind : lag >= rules.MonitoringWarningLag ? MonitoringStatus.Behind : MonitoringStatus.OnTrack;
            if (status != MonitoringStatus.OnTrack)
            {
                warnings.Add($"支出进度{Figures.Percent(s)}（{Figures.Amount(executed)}/{Figures.Amount(budget)}万元）落后于时间进度{Figures.Percent(elapsed)}，相差{Figures.Percent(lag)}，{MonitoringStatusNames.Chinese(status)}。");
            }
        }
        else
        {
            warnings.Add("缺少预算数，无法计算支出进度。");
        }
        if (reported is null)
        {
            warnings.Add("未报送监控数据。");
        }
        var values = reported?.Indicators.ToDictionary(i => i.Number, i => i.ValueToDate) ?? [];
        var indicators = p.Indicators.Select((x, i) => IndicatorProgressRule.Assess(i + 1, x, values.GetValueOrDefault(i + 1), elapsed, rules)).ToList();
        warnings.AddRange(indicators.Where(i => i.Warning).Select(i => $"指标{i.Number}“{i.Name}”：{i.Note}"));
        return new ProjectMonitoring(p.Code, p.Name, budget, executed, spending, elapsed, status, indicators, warnings);
    }
}
