using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Performance.Features;
using Xinfang.Documents.Performance;

namespace Xinfang.Web.Api;

/// <summary>The self-evaluation tables of a department-year as .docx or .xlsx, scored under a rule profile
/// (<c>?profile=shanghai</c>; the national default otherwise). For Finance, Admin and Leader.</summary>
public static class PerformanceApi
{
    public static RouteGroupBuilder MapPerformanceApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/performance").WithTags("预算绩效管理")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Finance, Roles.Admin, Roles.Leader));
        group.MapGet("/{year}/self-evaluation.{format}", SelfEvaluation).WithSummary("绩效自评表：docx 或 xlsx")
            .ProducesFile("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return group;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SelfEvaluation(string year, string format, string? profile, EvaluateStoredYear evaluate, CancellationToken ct)
    {
        if (!SelfEvaluationFormats.TryParse(format, out var kind))
        {
            return ProblemResults.From(Result.Failure(Error.Validation("format", "performance.unknown_format", $"不支持的格式“{format}”：请使用 docx 或 xlsx。")));
        }
        var evaluated = await evaluate.HandleAsync(year, profile, ct);
        if (!evaluated.IsSuccess)
        {
            return ProblemResults.From(evaluated);
        }
        using var output = new MemoryStream();
        SelfEvaluationExporter.Write(evaluated.Value.Result, kind, output);
        var contentType = kind == SelfEvaluationFormat.Docx
            ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        var r = evaluated.Value.Result;
        return TypedResults.File(output.ToArray(), contentType, $"{r.Year.DepartmentName}{r.Year.FiscalYear}年度绩效自评表（{r.Profile.Name}）.{kind.ToString().ToLowerInvariant()}");
    }
}
