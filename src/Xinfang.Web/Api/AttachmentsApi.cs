using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Knowledge.Features;
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
        var read = await ReadFormAsync(request, settings, ct);
        if (!read.IsSuccess)
        {
            return ProblemResults.From(read);
        }

        var (form, uploads) = read.Value;
        long? eventId = null;
        if (form.TryGetValue("eventId", out var eventText) && !string.IsNullOrWhiteSpace(eventText))
        {
            if (!long.TryParse(eventText, out var parsed))
            {
                return Invalid("eventId", "validation.unreadable", $"eventId“{eventText}”不是办理环节的编号。");
            }

            eventId = parsed;
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
        return result.IsSuccess
            ? Send(result.Value.FileName, result.Value.ContentType, result.Value.Sha256, result.Value.Content, response, "private, no-store")
            : ProblemResults.From(result);
    }

    /// <summary>A knowledge entry's file, sent like a case's document.</summary>
    public static Results<FileContentHttpResult, ProblemHttpResult> FileOf(Result<KnowledgeFile> file, HttpResponse response, string cacheControl) =>
        file.IsSuccess ? Send(file.Value.FileName, file.Value.ContentType, file.Value.Sha256, file.Value.Content, response, cacheControl) : ProblemResults.From(file);

    /// <summary>The multipart files of a request (part name <c>attachments</c>), each read up to the size limit.</summary>
    public static async Task<Result<IReadOnlyList<AttachmentUpload>>> ReadUploadsAsync(HttpRequest request, AttachmentSettings settings, CancellationToken ct)
    {
        var read = await ReadFormAsync(request, settings, ct);
        return read.IsSuccess ? Result.Success(read.Value.Uploads) : Result.Failure<IReadOnlyList<AttachmentUpload>>([.. read.Errors]);
    }

    private static async Task<Result<(IFormCollection Form, IReadOnlyList<AttachmentUpload> Uploads)>> ReadFormAsync(HttpRequest request, AttachmentSettings settings,
        CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Result.Failure<(IFormCollection, IReadOnlyList<AttachmentUpload>)>(
                [Error.Validation(AttachmentRules.Field, "attachment.not_multipart", "请以 multipart/form-data 上传文件（文件字段名 attachments）。")]);
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
            return Result.Failure<(IFormCollection, IReadOnlyList<AttachmentUpload>)>([Error.Validation(AttachmentRules.Field, "attachment.too_large",
                $"上传内容超过大小上限：每次最多{settings.MaxFilesPerAction}个文件，单个文件不得超过{settings.MaxFileMegabytes} MB。")]);
        }

        var uploads = new List<AttachmentUpload>(form.Files.Count);
        foreach (var file in form.Files)
        {
            uploads.Add(await AttachmentUpload.ReadAsync(file.FileName, file.Length, file.OpenReadStream, settings.MaxFileBytes, ct));
        }

        return (form, uploads);
    }

    private static FileContentHttpResult Send(string fileName, string contentType, string sha256, byte[] content, HttpResponse response, string cacheControl)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = cacheControl;
        response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(sha256))}:";
        return TypedResults.File(content, contentType, fileName, entityTag: new EntityTagHeaderValue($"\"{sha256}\""));
    }

    private static ProblemHttpResult Invalid(string field, string code, string message) =>
        ProblemResults.From(Result.Failure(Error.Validation(field, code, message)));
}
