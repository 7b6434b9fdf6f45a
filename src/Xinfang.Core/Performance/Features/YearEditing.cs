using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Performance.Model;

namespace Xinfang.Core.Performance.Features;

/// <summary>What every change to a department-year's targets shares: who may make it, finding the year and the
/// project, and replacing one project in the year.</summary>
internal static class YearEditing
{
    public static Error? Forbidden(Actor actor) => actor.IsInAny([Roles.Finance, Roles.Admin])
        ? null
        : Error.Forbidden("performance.read_only", "只有财务人员和系统管理员可以填报绩效目标。");

    public static Error YearNotFound(string id) => Error.NotFound("performance.year_not_found", $"没有编号为“{id}”的绩效数据。");

    public static Error ProjectNotFound(string code) => Error.NotFound("performance.project_not_found", $"没有编码为“{code}”的项目。");

    public static int ProjectIndex(PerformanceYear year, string code) => year.Projects.ToList().FindIndex(p => p.Code == code);

    /// <summary>The year (with the revision it was read at) and the position of one of its projects, for a change by
    /// <paramref name="actor"/>.</summary>
    public static async Task<Result<(PerformanceYear Year, int Index, int Revision)>> OpenProjectAsync(PerformanceYears years, string yearId,
        string projectCode, Actor actor, CancellationToken ct)
    {
        if (Forbidden(actor) is { } forbidden)
        {
            return forbidden;
        }

        if (await years.FindAsync(yearId, ct) is not { } stored)
        {
            return YearNotFound(yearId);
        }

        var index = ProjectIndex(stored.Year, projectCode);
        if (index < 0)
        {
            return ProjectNotFound(projectCode);
        }

        return (stored.Year, index, stored.Revision);
    }

    public static PerformanceYear WithProject(PerformanceYear year, int index, ProjectEvaluation project)
    {
        var projects = year.Projects.ToList();
        projects[index] = project;
        return year with { Projects = projects };
    }

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
