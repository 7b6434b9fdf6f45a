using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Xinfang.Web;

/// <summary>Turns unreadable requests (malformed JSON, a wrong value type) into a 400 naming the field,
/// and anything else into a plain 500 without internals.</summary>
public static class BadRequestHandler
{
    public static async Task WriteAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "服务器内部错误", Detail = "处理请求时发生错误，已记录，请稍后再试。" };
        problem.Extensions["code"] = "server.error";
        if (error is BadHttpRequestException badRequest)
        {
            var json = badRequest.InnerException as JsonException;
            var field = json?.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : null;
            problem.Status = StatusCodes.Status400BadRequest;
            problem.Title = "输入有误";
            problem.Detail = field is null ? "请求内容无法解析，请检查 JSON 格式与字段类型。" : $"字段“{field}”的值格式不正确或不在可选范围内。";
            problem.Extensions["code"] = "validation.unreadable";
            if (field is not null)
            {
                problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [problem.Detail] };
            }
        }

        context.Response.StatusCode = problem.Status.Value;
        if (!context.Request.Path.StartsWithSegments("/api") && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync($"<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>{problem.Title}</title>" +
                $"<body style=\"font-family:sans-serif;padding:40px\"><h1>{problem.Title}</h1><p>{problem.Detail}</p><p><a href=\"/\">返回工作台</a></p></body></html>");
            return;
        }

        await context.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json");
    }
}
