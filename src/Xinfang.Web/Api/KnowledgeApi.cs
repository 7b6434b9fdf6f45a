using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Identity;
using Xinfang.Core.Knowledge;
using Xinfang.Core.Knowledge.Features;

namespace Xinfang.Web.Api;

/// <summary>知识库: entries written by units, approved by their heads, read and searched by every staff member.</summary>
public static class KnowledgeApi
{
    public sealed record KnowledgeActionRequest(string? Note);

    public static RouteGroupBuilder MapKnowledgeApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/knowledge").WithTags("知识库").RequireAuthorization();
        group.MapGet("/", List).WithSummary("知识库条目列表（已发布；本单位的草稿与待审核亦可见），可按类型、状态、待复核筛选，q 为全文检索");
        group.MapGet("/search", Search).WithSummary("全文检索已发布的知识库条目（分词、精确短语优先、命中词高亮）");
        group.MapGet("/suggestions", Suggest).WithSummary("按一段事项文字推荐可参考的已发布条目（登记、坐席、答复时使用）");
        group.MapPost("/", Create).WithSummary("新建条目（草稿，属本人单位）");
        group.MapGet("/{id:int}", Get).WithSummary("条目详情：已发布版本、本单位的修改稿、版本记录与可做的操作");
        group.MapPut("/{id:int}", Revise).WithSummary("修改条目（生成新版本；已发布条目在新版本审核前仍显示原版本）");
        // Not "attachments": a non-multipart upload then gets 415 from that endpoint instead of "no such action" here.
        group.MapPost("/{id:int}/{action:regex(^(?!attachments$))}", Act).WithSummary("submit 送审、approve 审核发布、return 退回（须填理由）、withdraw 撤回");
        group.MapGet("/{id:int}/diff", Diff).WithSummary("两个版本之间的差异（标题与正文，逐行）");
        group.MapPost("/{id:int}/attachments", Attach).Accepts<IFormFileCollection>("multipart/form-data")
            .WithSummary("为条目上传附件（multipart/form-data，文件字段 attachments；加入正在编写的版本，随该版本审核发布）");
        group.MapGet("/{id:int}/attachments/{attachmentId:guid}", Download)
            .WithSummary("下载附件（已发布版本的附件；本单位人员亦可下载修改稿的附件）").ProducesFile("application/octet-stream");
        group.MapDelete("/{id:int}/attachments/{attachmentId:guid}", Detach).WithSummary("从正在编写的版本中删除附件（已发布版本在新版本审核前仍保留该附件）");
        return group;
    }

    public static async Task<Results<Ok<PagedList<KnowledgeListItem>>, ProblemHttpResult>> List(KnowledgeQueries queries, ActorAccessor actors,
        CancellationToken ct, string? q = null, KnowledgeKind? kind = null, KnowledgeStatus? status = null, bool mine = false, bool stale = false,
        int page = 1, int pageSize = 20) =>
        (await queries.ListAsync(new KnowledgeListQuery(q, kind, status, mine, stale, page, pageSize), actors.Actor, ct)) is var r && r.IsSuccess
            ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    public static async Task<Results<Ok<PagedList<KnowledgeListItem>>, ProblemHttpResult>> Search(KnowledgeQueries queries, ActorAccessor actors,
        CancellationToken ct, string? q = null, KnowledgeKind? kind = null, int page = 1, int pageSize = 20)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return ProblemResults.From(Xinfang.Core.Common.Result.Failure<PagedList<KnowledgeListItem>>(
                [Xinfang.Core.Common.Error.Validation("q", "search.empty", "请输入检索词。")]));
        }

        var r = await queries.ListAsync(new KnowledgeListQuery(q, kind, KnowledgeStatus.Published, Page: page, PageSize: pageSize), actors.Actor, ct);
        return r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);
    }

    public static async Task<Ok<IReadOnlyList<KnowledgeListItem>>> Suggest(KnowledgeQueries queries, ActorAccessor actors, CancellationToken ct,
        string? text = null, int take = 3) =>
        TypedResults.Ok(await queries.SuggestAsync(text, actors.Actor, Math.Clamp(take, 1, 10), ct));

    public static async Task<Results<Created<KnowledgeEntryView>, ProblemHttpResult>> Create(KnowledgeEntryRequest request, SaveKnowledgeEntry handler,
        ActorAccessor actors, CancellationToken ct) =>
        (await handler.CreateAsync(request, actors.Actor, ct)) is var r && r.IsSuccess
            ? TypedResults.Created($"/api/knowledge/{r.Value.Id}", r.Value) : ProblemResults.From(r);

    public static async Task<Results<Ok<KnowledgeEntryView>, ProblemHttpResult>> Get(int id, KnowledgeQueries queries, ActorAccessor actors, CancellationToken ct) =>
        (await queries.GetAsync(id, actors.Actor, ct)) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    public static async Task<Results<Ok<KnowledgeEntryView>, ProblemHttpResult>> Revise(int id, KnowledgeEntryRequest request, SaveKnowledgeEntry handler,
        ActorAccessor actors, CancellationToken ct) =>
        (await handler.ReviseAsync(id, request, actors.Actor, ct)) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    public static async Task<Results<Ok<KnowledgeEntryView>, ProblemHttpResult>> Act(int id, string action, KnowledgeActionRequest? request,
        ChangeKnowledgeStatus handler, ActorAccessor actors, CancellationToken ct) =>
        (await handler.HandleAsync(id, action, request?.Note, actors.Actor, ct)) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    public static async Task<Results<Ok<KnowledgeEntryView>, ProblemHttpResult>> Attach(int id, HttpRequest request, KnowledgeAttachments handler,
        ActorAccessor actors, AttachmentSettings settings, CancellationToken ct)
    {
        var uploads = await AttachmentsApi.ReadUploadsAsync(request, settings, ct);
        if (!uploads.IsSuccess)
        {
            return ProblemResults.From(uploads);
        }

        var r = await handler.AddAsync(id, uploads.Value, actors.Actor, ct);
        return r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(int id, Guid attachmentId, KnowledgeAttachments handler,
        ActorAccessor actors, HttpResponse response, CancellationToken ct) =>
        AttachmentsApi.FileOf(await handler.GetAsync(id, attachmentId, actors.Actor, ct), response, "private, no-store");

    public static async Task<Results<Ok<KnowledgeEntryView>, ProblemHttpResult>> Detach(int id, Guid attachmentId, KnowledgeAttachments handler,
        ActorAccessor actors, CancellationToken ct) =>
        (await handler.RemoveAsync(id, attachmentId, actors.Actor, ct)) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    public static async Task<Results<Ok<KnowledgeDiff>, ProblemHttpResult>> Diff(int id, int from, int to, KnowledgeQueries queries, ActorAccessor actors,
        CancellationToken ct) =>
        (await queries.DiffAsync(id, from, to, actors.Actor, ct)) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);
}
