using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;

namespace Xinfang.Core.Performance.Features;

public sealed record SaveIndicatorTarget(
    string YearId, string ProjectCode, int IndicatorNumber, string? Nature, string? Target, string? Unit, decimal? Weight, string? Completion,
    int? ExpectedRevision = null);

/// <summary>Enters a project's performance target for one indicator (指标性质, 指标值, 单位, 权重, 完成值) and keeps the
/// year; each bad field is named in Chinese and nothing is stored. Only finance staff and administrators change it.</summary>
public sealed class SaveIndicatorTargetHandler(PerformanceYears years, IPerformanceYearStore store)
{
    public async Task<Result<StoredYear>> HandleAsync(SaveIndicatorTarget request, Actor actor, CancellationToken ct = default)
    {
        var opened = await YearEditing.OpenProjectAsync(years, request.YearId, request.ProjectCode, actor, ct);
        if (!opened.IsSuccess)
        {
            return Result.Failure<StoredYear>([.. opened.Errors]);
        }

        var (year, projectIndex, revision) = opened.Value;

        var project = year.Projects[projectIndex];
        if (request.IndicatorNumber < 1 || request.IndicatorNumber > project.Indicators.Count)
        {
            return Error.Validation("indicatorNumber", "performance.indicator_not_found", $"该项目只有{project.Indicators.Count}个三级指标。");
        }

        var errors = TargetRules.Check(request.Nature, request.Target, request.Weight, out var nature, out var target);
        if (errors.Count > 0)
        {
            return Result.Failure<StoredYear>([.. errors]);
        }

        var indicators = project.Indicators.ToList();
        indicators[request.IndicatorNumber - 1] = indicators[request.IndicatorNumber - 1] with
        {
            Nature = IndicatorNatures.Symbol(nature!.Value),
            Target = target,
            Unit = YearEditing.Blank(request.Unit),
            Weight = request.Weight,
            Completion = YearEditing.Blank(request.Completion),
        };
        var changed = YearEditing.WithProject(year, projectIndex, project with { Indicators = indicators });
        return await store.SaveAsync(changed, request.ExpectedRevision ?? revision, ct);
    }
}
