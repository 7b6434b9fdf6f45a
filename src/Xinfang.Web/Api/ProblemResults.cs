using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Xinfang.Core.Common;

namespace Xinfang.Web.Api;

/// <summary>The one mapping from a failed <see cref="Result"/> to HTTP: problem details with a Chinese
/// title/detail for people, a stable English <c>code</c> for machines, and the field for validation errors.</summary>
public static class ProblemResults
{
    public static ProblemHttpResult From(Result result)
    {
        var first = result.FirstError;
        var status = first.Kind switch
        {
            ErrorKind.Validation => StatusCodes.Status400BadRequest,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ErrorKind.TooMany => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        var problem = new ProblemDetails
        {
            Status = status,
            Title = Title(first.Kind),
            Detail = string.Join(" ", result.Errors.Select(e => e.Message)),
        };
        problem.Extensions["code"] = first.Code;
        var fieldErrors = result.Errors.Where(e => e.Field is not null).ToList();
        if (fieldErrors.Count > 0)
        {
            problem.Extensions["errors"] = fieldErrors.GroupBy(e => e.Field!).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            problem.Extensions["codes"] = fieldErrors.GroupBy(e => e.Field!).ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray());
        }

        return TypedResults.Problem(problem);
    }

    public static string Title(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => "输入有误",
        ErrorKind.NotFound => "未找到",
        ErrorKind.Conflict => "数据已变更",
        ErrorKind.Forbidden => "无权操作",
        ErrorKind.TooMany => "操作过于频繁",
        _ => "不符合办理规则",
    };
}
