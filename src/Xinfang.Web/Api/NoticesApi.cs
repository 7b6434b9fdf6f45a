using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Notices;
using Xinfang.Core.Notices.Features;
using Xinfang.Documents;
using Xinfang.Documents.Notices;

namespace Xinfang.Web.Api;

public sealed record NoticeTemplateRequest(string? Body);

/// <summary>The written notices of a case (list; one as Word, PDF or a printable page, <c>format=docx|pdf|html</c>) and
/// their templates (Admin).</summary>
public static class NoticesApi
{
    public static RouteGroupBuilder MapNotices(this RouteGroupBuilder cases)
    {
        cases.MapGet("/{id}/notices", List).WithSummary("信访事项的文书（受理告知书、答复意见书、交办单等），含文号");
        cases.MapGet("/{id}/notices/{noticeId:guid}", Download)
            .WithSummary("下载文书：format=docx（Word）、pdf 或 html（浏览器打印）；每次下载记入审计").ProducesFile("application/octet-stream");
        return cases;
    }

    public static RouteGroupBuilder MapNoticeTemplatesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin/notice-templates").WithTags("系统管理：文书模板").RequireAuthorization();
        group.MapGet("/", Templates).WithSummary("文书模板（九类文书，含可用占位符与默认正文）");
        group.MapPut("/{kind}", SaveTemplate).WithSummary("修改文书模板正文（已出具的文书不受影响）");
        return group;
    }

    public static async Task<Results<Ok<IReadOnlyList<NoticeView>>, ProblemHttpResult>> List(string id, CaseNotices notices, ActorAccessor actors,
        CancellationToken ct)
    {
        var result = await notices.ListAsync(id, actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(string id, Guid noticeId, CaseNotices notices, ActorAccessor actors,
        HttpResponse response, CancellationToken ct, string? format = null)
    {
        if (Format(format) is not { } chosen)
        {
            return BadFormat();
        }

        var result = await notices.GetAsync(id, noticeId, actors.Actor, ct);
        return result.IsSuccess ? File(result.Value, chosen, response) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<IReadOnlyList<NoticeTemplateView>>, ProblemHttpResult>> Templates(NoticeTemplates templates, ActorAccessor actors,
        CancellationToken ct)
    {
        var result = await templates.ListAsync(actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<NoticeTemplateView>, ProblemHttpResult>> SaveTemplate(string kind, NoticeTemplateRequest? request,
        NoticeTemplates templates, ActorAccessor actors, CancellationToken ct)
    {
        NoticeKind? parsed = Enum.TryParse<NoticeKind>(kind, ignoreCase: true, out var value) && !int.TryParse(kind, out _) ? value : null;
        var result = await templates.SaveAsync(parsed, request?.Body, actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    /// <summary>docx by default; pdf; html (a page that prints itself).</summary>
    public static ReportFormat? Format(string? format) =>
        string.IsNullOrWhiteSpace(format) ? ReportFormat.Docx
        : ReportFormats.TryParse(format, out var parsed) && NoticeRenderer.Formats.Contains(parsed) ? parsed
        : null;

    public static ProblemHttpResult BadFormat() =>
        ProblemResults.From(Result.Failure<bool>(Error.Validation("format", "notice.format", "文书格式须为 docx、pdf 或 html。")));

    public static FileContentHttpResult File(NoticeDocument notice, ReportFormat format, HttpResponse response)
    {
        var rendered = NoticeRenderer.Render(notice, format);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        // The printable page opens in the browser; Word and PDF download with their Chinese names.
        return format == ReportFormat.Html
            ? TypedResults.File(rendered.Content, rendered.ContentType)
            : TypedResults.File(rendered.Content, rendered.ContentType, rendered.FileName);
    }
}
