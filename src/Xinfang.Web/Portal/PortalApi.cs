using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Common;
using Xinfang.Core.Portal;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Knowledge;
using Xinfang.Core.Knowledge.Features;
using Xinfang.Core.Portal.Features;
using Xinfang.Web.Api;

namespace Xinfang.Web.Portal;

public sealed record PhoneCodeRequest(string? Phone);

public sealed record TrackRequest(string? CaseNumber, string? QueryCode);

public sealed record RatingRequest(string? CaseNumber, string? QueryCode, Satisfaction? Satisfaction, string? Comment);

public sealed record ReviewRequest(string? CaseNumber, string? QueryCode, string? Reason);

public sealed record NoticeRequest(string? CaseNumber, string? QueryCode, string? Format);

/// <summary>
/// The public portal's API under <c>/api/portal</c>, without a staff account: the form's options, a phone code, a
/// submission (multipart/form-data: the fields and up to five <c>attachments</c>), tracking by number and query code,
/// rating and asking for review. Every call counts against a per-address limit per minute (<c>Portal:RequestsPerMinute</c>);
/// the phone and submission limits are the use cases' own.
/// </summary>
public static class PortalApi
{
    public const string RateLimitPolicy = "portal";

    public static IServiceCollection AddPortalRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = PortalSettings.From(configuration).RequestsPerMinute;
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retry.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                await ProblemResults.From(Result.Failure<bool>(Error.TooMany("portal.rate_limited", "操作过于频繁，请稍后再试。")))
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    public static RouteGroupBuilder MapPortalApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/portal").WithTags("群众门户").AllowAnonymous().RequireRateLimiting(RateLimitPolicy).DisableAntiforgery();
        group.MapGet("/options", Options).WithSummary("提交表单的选项：乡镇（街道）与村（社区）、问题类别、事项类型、附件限制、办理时限承诺");
        group.MapPost("/phone-codes", PhoneCode).WithSummary("获取手机验证码（每号码每分钟1次、每日5次；每个网络地址每日20次）");
        group.MapPost("/submissions", Submit).Accepts<IFormCollection>("multipart/form-data")
            .WithSummary("提交信访事项（multipart/form-data：name, phone, idNumber, regionId, villageId, categoryId, form, subject, content, code, noTextMessages，附件字段 attachments 最多5个），返回事项编号和查询码");
        group.MapPost("/track", Track).WithSummary("凭事项编号和查询码查询办理进度（编号不存在与查询码错误的答复相同）");
        group.MapPost("/rating", Rate).WithSummary("对答复进行评价（满意/基本满意/不满意，仅一次；计入回访结果和三率）");
        group.MapPost("/review", Review).WithSummary("申请复查（收到答复意见之日起30日内）");
        group.MapPost("/notices/{noticeId:guid}", Notice).WithSummary("下载本人事项的告知书、答复意见书等（format=docx|pdf|html；凭事项编号和查询码）")
            .ProducesFile("application/octet-stream");
        group.MapGet("/knowledge", Knowledge).WithSummary("政策问答：知识库中公开发布的条目（政策咨询、民生热点、便民提示、办事指南），q 为全文检索，kind 为类型，每页20条");
        group.MapGet("/knowledge/{id:int}", KnowledgeEntry).WithSummary("一条公开的政策问答（已审核发布的版本）");
        group.MapGet("/knowledge/{id:int}/attachments/{attachmentId:guid}", KnowledgeAttachment)
            .WithSummary("下载公开政策问答的附件（表格、政策原文等）").ProducesFile("application/octet-stream");
        return group;
    }

    public static async Task<Ok<PortalOptions>> Options(PortalCatalog catalog, HttpResponse response, CancellationToken ct)
    {
        response.Headers.CacheControl = "public, max-age=60";
        return TypedResults.Ok(await catalog.GetAsync(ct));
    }

    public static async Task<Results<Accepted<PhoneCodeSent>, ProblemHttpResult>> PhoneCode(PhoneCodeRequest? request, RequestPhoneCode handler,
        HttpContext http, CancellationToken ct)
    {
        var result = await handler.HandleAsync(request?.Phone, Address(http), ct);
        return result.IsSuccess ? TypedResults.Accepted((string?)null, result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Created<PortalReceipt>, ProblemHttpResult>> Submit(HttpRequest request, SubmitMatter handler, PortalSettings settings,
        CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Invalid("form", "portal.not_multipart", "请以 multipart/form-data 提交表单。");
        }

        var maxFileBytes = settings.MaxFileMegabytes * 1024L * 1024L;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = (settings.MaxFiles * (maxFileBytes + (64 * 1024))) + (256 * 1024);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return Invalid(AttachmentRules.Field, "portal.too_large", $"提交内容超过大小上限：最多{settings.MaxFiles}个附件，单个不超过{settings.MaxFileMegabytes} MB。");
        }

        var errors = new List<Error>();
        int? Number(string field)
        {
            var text = form[field].ToString();
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            errors.Add(Error.Validation(field, "validation.unreadable", "所选项无效，请重新选择。"));
            return null;
        }

        CaseForm? caseForm = null;
        if (form["form"].ToString() is { Length: > 0 } formText)
        {
            if (Enum.TryParse<CaseForm>(formText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(formText, out _))
            {
                caseForm = parsed;
            }
            else
            {
                errors.Add(Error.Validation("form", "validation.unreadable", "请选择事项类型：投诉、建议、举报或求助。"));
            }
        }

        var submission = new PortalSubmission(Text(form, "name"), Text(form, "phone"), Text(form, "idNumber"), Number("regionId"), Number("villageId"),
            Number("categoryId"), caseForm, Text(form, "subject"), Text(form, "content"), Text(form, "code"),
            form["noTextMessages"].ToString() is "true" or "on" or "1");
        if (errors.Count > 0)
        {
            return ProblemResults.From(Result.Failure<bool>([.. errors]));
        }

        var uploads = new List<AttachmentUpload>(form.Files.Count);
        foreach (var file in form.Files)
        {
            uploads.Add(await AttachmentUpload.ReadAsync(file.FileName, file.Length, file.OpenReadStream, maxFileBytes, ct));
        }

        var result = await handler.HandleAsync(submission, uploads, Address(request.HttpContext), ct);
        return result.IsSuccess ? TypedResults.Created((string?)null, result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<PagedList<PublicKnowledgeItem>>, ProblemHttpResult>> Knowledge(PublicKnowledge handler, HttpResponse response,
        string? q = null, KnowledgeKind? kind = null, int page = 1, CancellationToken ct = default)
    {
        var result = await handler.ListAsync(q, kind, page, ct);
        response.Headers.CacheControl = "public, max-age=60";
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<PublicKnowledgeEntry>, ProblemHttpResult>> KnowledgeEntry(int id, PublicKnowledge handler, HttpResponse response,
        CancellationToken ct)
    {
        var result = await handler.GetAsync(id, ct);
        response.Headers.CacheControl = "public, max-age=60";
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> KnowledgeAttachment(int id, Guid attachmentId,
        Xinfang.Core.Knowledge.Features.KnowledgeAttachments handler, HttpResponse response, CancellationToken ct) =>
        Api.AttachmentsApi.FileOf(await handler.GetPublicAsync(id, attachmentId, ct), response, "public, max-age=60");

    public static async Task<Results<Ok<PortalProgress>, ProblemHttpResult>> Track(TrackRequest? request, TrackMatter handler, HttpResponse response,
        CancellationToken ct)
    {
        response.Headers.CacheControl = "no-store";
        var result = await handler.HandleAsync(request?.CaseNumber, request?.QueryCode, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<PortalProgress>, ProblemHttpResult>> Rate(RatingRequest? request, PetitionerActions handler, CancellationToken ct)
    {
        var result = await handler.RateAsync(request?.CaseNumber, request?.QueryCode, request?.Satisfaction, request?.Comment, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<PortalProgress>, ProblemHttpResult>> Review(ReviewRequest? request, PetitionerActions handler, CancellationToken ct)
    {
        var result = await handler.AskForReviewAsync(request?.CaseNumber, request?.QueryCode, request?.Reason, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Notice(Guid noticeId, NoticeRequest? request, TrackMatter handler,
        HttpResponse response, CancellationToken ct)
    {
        if (NoticesApi.Format(request?.Format) is not { } format)
        {
            return NoticesApi.BadFormat();
        }

        var result = await handler.NoticeAsync(request?.CaseNumber, request?.QueryCode, noticeId, ct);
        return result.IsSuccess ? NoticesApi.File(result.Value, format, response) : ProblemResults.From(result);
    }

    private static string? Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();

    private static string? Text(IFormCollection form, string field) => form.TryGetValue(field, out var value) ? value.ToString() : null;

    private static ProblemHttpResult Invalid(string field, string code, string message) =>
        ProblemResults.From(Result.Failure<bool>(Error.Validation(field, code, message)));
}
