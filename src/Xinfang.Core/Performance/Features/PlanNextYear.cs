using System.Text.RegularExpressions;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Performance.Model;

namespace Xinfang.Core.Performance.Features;

/// <summary>
/// 新建下一年度: starts the next fiscal year's targets (年初绩效目标) from a year's projects. Projects, their goals and
/// their indicators (levels, nature, target, unit, weight, live binding) are carried over; everything that belongs
/// to the year's outcome — amounts, completion values, entered scores, reasons, conclusions, the department-wide
/// evaluation and the written reports — starts blank. The new year is "renhe-2023" for "renhe-2022".
/// </summary>
public sealed partial class PlanNextYearHandler(PerformanceYears years, IPerformanceYearStore store)
{
    public async Task<Result<StoredYear>> HandleAsync(string fromYearId, Actor actor, CancellationToken ct = default)
    {
        if (YearEditing.Forbidden(actor) is { } forbidden)
        {
            return forbidden;
        }

        if ((await years.FindAsync(fromYearId, ct))?.Year is not { } from)
        {
            return YearEditing.YearNotFound(fromYearId);
        }

        var nextYear = from.FiscalYear + 1;
        var id = TrailingYear().IsMatch(from.Id) ? TrailingYear().Replace(from.Id, "-" + nextYear) : $"{from.Id}-{nextYear}";
        if (await years.FindAsync(id, ct) is not null)
        {
            return Error.Conflict("performance.year_exists", $"{nextYear}年度（{id}）已经建立，请直接在该年度填报。");
        }

        var next = new PerformanceYear
        {
            Id = id,
            DepartmentName = from.DepartmentName,
            FiscalYear = nextYear,
            Projects = from.Projects.Select(CarryOver).ToList(),
        };
        // Expected revision 0: a year planned at the same moment elsewhere is not overwritten.
        var saved = await store.SaveAsync(next, expectedRevision: 0, ct);
        return saved.IsSuccess || saved.FirstError.Code != "performance.stale_revision"
            ? saved
            : Error.Conflict("performance.year_exists", $"{nextYear}年度（{id}）已经建立，请直接在该年度填报。");
    }

    private static ProjectEvaluation CarryOver(ProjectEvaluation p) => new()
    {
        Code = p.Code,
        Name = p.Name,
        Type = p.Type,
        CompetentDepartment = p.CompetentDepartment,
        ImplementingUnit = p.ImplementingUnit,
        YearGoal = p.YearGoal,
        Budget = new BudgetExecution { Weight = p.Budget.Weight },
        Indicators = p.Indicators.Select(i => new PerformanceIndicator
        {
            Level1 = i.Level1, Level2 = i.Level2, Name = i.Name, Nature = i.Nature, Target = i.Target, Unit = i.Unit,
            Weight = i.Weight, Binding = i.Binding,
        }).ToList(),
        PrintedWeightTotal = p.PrintedWeightTotal,
    };

    [GeneratedRegex(@"-\d{4}$")]
    private static partial Regex TrailingYear();
}
