using Xinfang.Core.Common;
using Xinfang.Core.Organisation;
using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;

namespace Xinfang.Core.Performance.Features;

public sealed record SaveIndicatorTarget(
    string YearId, string ProjectCode, int IndicatorNumber, string? Nature, string? Target, string? Unit, decimal? Weight, string? Completion);

/// <summary>Enters a project's performance target for one indicator (指标性质, 指标值, 单位, 权重, 完成值) and keeps the
/// year; each bad field is named in Chinese and nothing is stored. Only finance staff and administrators change it.</summary>
public sealed class SaveIndicatorTargetHandler(PerformanceYears years, IPerformanceYearStore store)
{
    public Result<PerformanceYear> Handle(SaveIndicatorTarget request, Actor actor)
    {
        if (!actor.IsInAny([Roles.Finance, Roles.Admin]))
        {
            return Error.Forbidden("performance.read_only", "只有财务人员和系统管理员可以填报绩效目标。");
        }

        if (years.Find(request.YearId) is not { } year)
        {
            return Error.NotFound("performance.year_not_found", $"没有编号为“{request.YearId}”的绩效数据。");
        }

        var projectIndex = year.Projects.ToList().FindIndex(p => p.Code == request.ProjectCode);
        if (projectIndex < 0)
        {
            return Error.NotFound("performance.project_not_found", $"没有编码为“{request.ProjectCode}”的项目。");
        }

        var project = year.Projects[projectIndex];
        if (request.IndicatorNumber < 1 || request.IndicatorNumber > project.Indicators.Count)
        {
            return Error.Validation("indicatorNumber", "performance.indicator_not_found", $"该项目只有{project.Indicators.Count}个三级指标。");
        }

        var errors = new List<Error>();
        var nature = IndicatorNatures.Parse(request.Nature ?? "");
        if (nature is null)
        {
            errors.Add(Error.Validation("nature", "performance.nature_invalid", "指标性质只能是 ≥、≤、＝ 或 定性。"));
        }

        var target = request.Target?.Trim() ?? "";
        if (target.Length == 0)
        {
            errors.Add(Error.Validation("target", "validation.required", "请填写指标值。"));
        }
        else if (nature is { Nature: not IndicatorNature.Qualitative } && !target.Any(char.IsAsciiDigit))
        {
            errors.Add(Error.Validation("target", "performance.target_not_number", "定量指标的指标值须为数值（如 95、100%、≤5）。"));
        }

        if (request.Weight is not { } weight || weight <= 0 || weight > 100)
        {
            errors.Add(Error.Validation("weight", "performance.weight_range", "权重（分值）须大于0且不超过100。"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<PerformanceYear>([.. errors]);
        }

        var indicators = project.Indicators.ToList();
        indicators[request.IndicatorNumber - 1] = indicators[request.IndicatorNumber - 1] with
        {
            Nature = IndicatorNatures.Symbol(nature!.Nature),
            Target = target,
            Unit = string.IsNullOrWhiteSpace(request.Unit) ? null : request.Unit.Trim(),
            Weight = request.Weight,
            Completion = string.IsNullOrWhiteSpace(request.Completion) ? null : request.Completion.Trim(),
        };
        var projects = year.Projects.ToList();
        projects[projectIndex] = project with { Indicators = indicators };
        var changed = year with { Projects = projects };
        store.Save(changed);
        return changed;
    }
}
