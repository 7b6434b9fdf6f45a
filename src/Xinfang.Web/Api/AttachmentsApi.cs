using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Web.Api;

/// <summary>Documents of a case over HTTP: upload as <c>multipart/form-data</c> (file parts named
/// <c>attachments</c>, optional <c>eventId</c> of the caller's own timeline step), download with the original
/// UTF-8 name. The JSON registration and action endpoints are unchanged; their documents follow through here.</summary>
public static class AttachmentsApi
{
    public static RouteGroupBuilder MapAttachments(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id}/attachments", Upload)
            .Accepts<IFormFileCollection>("multipart/form-data")
            .WithSummary("上传附件（multipart/form-data：文件字段 attachments，可选 eventId 指本人办理的环节；不指定则记为“补充附件”环节）");
        cases.MapGet("/{id}/attachments/{attachmentId:guid}", Download)
            .WithSummary("下载附件（与查看该信访事项相同的数据范围；每次下载记入审计）").ProducesFile("application/octet-stream");
        return cases;
    }

    public static async Task<Results<Created<IReadOnlyList<AttachmentView>>, ProblemHttpResult>> Upload(string id, HttpRequest request, AddAttachments handler, ActorAccessor actors, AttachmentSettings settings, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Invalid(AttachmentRules.Field, "attachment.not_multipart", "请以 multipart/form-data 上传文件（文件字段名 attachments）。");
        }

        // Room for a full step of files at the limit; each file is then checked on its own.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = (settings.MaxFilesPerAction * (settings.MaxFileBytes + (64 * 1024))) + (1024 * 1024);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return Invalid(AttachmentRules.Field, "attachment.too_large",
                $"上传内容超过大小上限：每次最多{settings.MaxFilesPerAction}个文件，单个文件不得超过{settings.MaxFileMegabytes} MB。");
        }

        long? eventId = null;
        if (form.TryGetValue("eventId", out var eventText) && !string.IsNullOrWhiteSpace(eventText))
        {
            if (!long.TryParse(eventText, out var parsed))
            {
                return Invalid("eventId", "validation.unreadable", $"eventId“{eventText}”不是办理环节的编号。");
            }

            eventId = parsed;
        }

        var uploads = new List<AttachmentUpload>(form.Files.Count);
        foreach (var file in form.Files)
        {
            uploads.Add(await AttachmentUpload.ReadAsync(file.FileName, file.Length, file.OpenReadStream, settings.MaxFileBytes, ct));
        }

        var result = await handler.HandleAsync(id, uploads, eventId, actors.Actor, ct);
        if (!result.IsSuccess)
        {
            return ProblemResults.From(result);
        }

        var added = result.Value.Added.Select(CaseViews.Attachment).ToList();
        return TypedResults.Created<IReadOnlyList<AttachmentView>>($"/api/cases/{result.Value.Case.Id}/attachments/{added[0].Id}", added);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(string id, Guid attachmentId, GetAttachment handler, ActorAccessor actors, HttpResponse response, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, attachmentId, actors.Actor, ct);
        if (!result.IsSuccess)
        {
            return ProblemResults.From(result);
        }

        var file = result.Value;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(file.Sha256))}:";
        return TypedResults.File(file.Content, file.ContentType, file.FileName, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
    }

    private static ProblemHttpResult Invalid(string field, string code, string message) =>
        ProblemResults.From(Result.Failure(Error.Validation(field, code, message)));
}
