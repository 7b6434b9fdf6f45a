using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;

namespace Xinfang.Core.Performance.Features;

public sealed record AddIndicator(
    string YearId, string ProjectCode, string? Level1, string? Level2, string? Name, string? Nature, string? Target, string? Unit, decimal? Weight,
    int? ExpectedRevision = null);

/// <summary>Adds a 三级 indicator to a project's performance targets, under the standard 一级/二级 framework; the
/// engine's own target checks (weights adding up to 90, …) then apply to the project as a whole.</summary>
public sealed class AddIndicatorHandler(PerformanceYears years, IPerformanceYearStore store)
{
    public async Task<Result<StoredYear>> HandleAsync(AddIndicator request, Actor actor, CancellationToken ct = default)
    {
        var opened = await YearEditing.OpenProjectAsync(years, request.YearId, request.ProjectCode, actor, ct);
        if (!opened.IsSuccess)
        {
            return Result.Failure<StoredYear>([.. opened.Errors]);
        }

        var (year, index, revision) = opened.Value;

        var errors = new List<Error>();
        var level1 = request.Level1?.Trim() ?? "";
        var level2 = request.Level2?.Trim() ?? "";
        if (!IndicatorFramework.IsKnownLevel1(level1))
        {
            errors.Add(Error.Validation("level1", "performance.level1_invalid", "一级指标须为产出指标、效益指标或满意度指标。"));
        }
        else if (!IndicatorFramework.Belongs(level1, level2))
        {
            errors.Add(Error.Validation("level2", "performance.level2_invalid", $"“{level1}”下的二级指标只能是：{string.Join("、", IndicatorFramework.Levels[level1])}。"));
        }

        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            errors.Add(Error.Validation("name", "validation.required", "请填写三级指标名称（不超过100字）。"));
        }
        else if (year.Projects[index].Indicators.Any(i => i.Name == name))
        {
            errors.Add(Error.Validation("name", "performance.indicator_exists", $"该项目已有三级指标“{name}”。"));
        }

        errors.AddRange(TargetRules.Check(request.Nature, request.Target, request.Weight, out var nature, out var target));
        if (errors.Count > 0)
        {
            return Result.Failure<StoredYear>([.. errors]);
        }

        var project = year.Projects[index];
        var indicator = new PerformanceIndicator
        {
            Level1 = level1, Level2 = level2, Name = name, Nature = IndicatorNatures.Symbol(nature!.Value), Target = target,
            Unit = YearEditing.Blank(request.Unit), Weight = request.Weight,
        };
        var changed = YearEditing.WithProject(year, index, project with { Indicators = [.. project.Indicators, indicator] });
        return await store.SaveAsync(changed, request.ExpectedRevision ?? revision, ct);
    }
}

public sealed record RemoveIndicator(string YearId, string ProjectCode, int IndicatorNumber, int? ExpectedRevision = null);

/// <summary>Removes a 三级 indicator from a project's targets (a target entered by mistake).</summary>
public sealed class RemoveIndicatorHandler(PerformanceYears years, IPerformanceYearStore store)
{
    public async Task<Result<StoredYear>> HandleAsync(RemoveIndicator request, Actor actor, CancellationToken ct = default)
    {
        var opened = await YearEditing.OpenProjectAsync(years, request.YearId, request.ProjectCode, actor, ct);
        if (!opened.IsSuccess)
        {
            return Result.Failure<StoredYear>([.. opened.Errors]);
        }

        var (year, index, revision) = opened.Value;

        var project = year.Projects[index];
        if (request.IndicatorNumber < 1 || request.IndicatorNumber > project.Indicators.Count)
        {
            return Error.Validation("indicatorNumber", "performance.indicator_not_found", $"该项目只有{project.Indicators.Count}个三级指标。");
        }

        var indicators = project.Indicators.ToList();
        indicators.RemoveAt(request.IndicatorNumber - 1);
        var changed = YearEditing.WithProject(year, index, project with { Indicators = indicators });
        return await store.SaveAsync(changed, request.ExpectedRevision ?? revision, ct);
    }
}
