using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Performance.Features;
using Xinfang.Core.Performance.Model;

namespace Xinfang.Web.Api;

/// <summary>A year's projects; <see cref="Revision"/> goes back as <c>expectedRevision</c> with a change, which is refused
/// (409, <c>performance.stale_revision</c>) when the year was saved since.</summary>
public sealed record YearSummary(string Id, string DepartmentName, int FiscalYear, int Revision, IReadOnlyList<ProjectSummary> Projects);

public sealed record ProjectSummary(string Code, string Name, string Type, int Indicators);

public sealed record AddProjectBody(string? Code, string? Name, ProjectType? Type, string? ImplementingUnit, string? YearGoal, decimal? InitialBudget, decimal? AdjustedBudget,
    int? ExpectedRevision = null);

public sealed record AddIndicatorBody(string? Level1, string? Level2, string? Name, string? Nature, string? Target, string? Unit, decimal? Weight,
    int? ExpectedRevision = null);

/// <summary>Planning a year's performance targets over HTTP: the years, starting the next one from a year, adding
/// projects and indicators. Reading is open to Finance, Admin and Leader; the changes check Finance or Admin in the
/// use cases themselves.</summary>
public static class PerformanceTargetsApi
{
    public static RouteGroupBuilder MapPerformanceTargetsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/performance").WithTags("预算绩效管理")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Finance, Roles.Admin, Roles.Leader));
        group.MapGet("/years", async (PerformanceYears years, CancellationToken ct) => TypedResults.Ok(await years.ListAsync(ct))).WithSummary("绩效年度列表");
        group.MapGet("/years/{year}", GetYear).WithSummary("一个年度的项目");
        group.MapPost("/years/{year}/next", async (string year, PlanNextYearHandler handler, ActorAccessor actors, CancellationToken ct) =>
            Created(await handler.HandleAsync(year, actors.Actor, ct))).WithSummary("以本年度为模板新建下一年度");
        group.MapPost("/years/{year}/projects", async (string year, AddProjectBody body, AddProjectHandler handler, ActorAccessor actors, CancellationToken ct) =>
            Created(await handler.HandleAsync(new AddProject(year, body.Code, body.Name, body.Type, body.ImplementingUnit, body.YearGoal, body.InitialBudget,
                body.AdjustedBudget, body.ExpectedRevision), actors.Actor, ct)))
            .WithSummary("新增项目");
        group.MapPost("/years/{year}/projects/{code}/indicators", async (string year, string code, AddIndicatorBody body, AddIndicatorHandler handler, ActorAccessor actors,
            CancellationToken ct) =>
            Created(await handler.HandleAsync(new AddIndicator(year, code, body.Level1, body.Level2, body.Name, body.Nature, body.Target, body.Unit, body.Weight,
                body.ExpectedRevision), actors.Actor, ct)))
            .WithSummary("新增三级指标");
        group.MapDelete("/years/{year}/projects/{code}/indicators/{number:int}", async (string year, string code, int number, int? expectedRevision,
            RemoveIndicatorHandler handler, ActorAccessor actors, CancellationToken ct) =>
            Ok(await handler.HandleAsync(new RemoveIndicator(year, code, number, expectedRevision), actors.Actor, ct)))
            .WithSummary("删除三级指标");
        return group;
    }

    private static async Task<Results<Ok<YearSummary>, ProblemHttpResult>> GetYear(string year, PerformanceYears years, CancellationToken ct) =>
        await years.FindAsync(year, ct) is { } found ? TypedResults.Ok(Summary(found)) : ProblemResults.From(Result.Failure(Error.NotFound("performance.year_not_found", $"没有编号为“{year}”的绩效数据。")));

    /// <summary>201 with the year's summary and its address, or the problem.</summary>
    private static Results<Created<YearSummary>, ProblemHttpResult> Created(Result<StoredYear> result)
    {
        if (!result.IsSuccess)
        {
            return ProblemResults.From(result);
        }

        var summary = Summary(result.Value);
        return TypedResults.Created($"/api/performance/years/{summary.Id}", summary);
    }

    /// <summary>200 with the year's summary, or the problem.</summary>
    private static Results<Ok<YearSummary>, ProblemHttpResult> Ok(Result<StoredYear> result) =>
        result.IsSuccess ? TypedResults.Ok(Summary(result.Value)) : ProblemResults.From(result);

    private static YearSummary Summary(StoredYear stored) => Summary(stored.Year, stored.Revision);

    private static YearSummary Summary(PerformanceYear year, int revision) => new(year.Id, year.DepartmentName, year.FiscalYear, revision,
        [.. year.Projects.Select(p => new ProjectSummary(p.Code, p.Name, ProjectTypeNames.Chinese(p.Type), p.Indicators.Count))]);
}
