using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;

namespace Xinfang.Web.Api;

public static class CasesApi
{
    public static RouteGroupBuilder MapCasesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/cases").WithTags("信访事项").RequireAuthorization();
        group.MapPost("/", Register).WithSummary("登记信访事项（支持 Idempotency-Key 幂等重试）");
        group.MapGet("/", List).WithSummary("按队列和条件查询信访事项（分页）；mine=true 只列指派给本人的在办事项（我的待办）");
        group.MapGet("/handlers", Handlers).WithSummary("本单位可指派的承办人及各人在办、超期件数（单位负责人分派时看工作量；全区人员可指定 unitId）");
        group.MapGet("/{id}", Get).WithSummary("信访事项详情：状态、期限、办理过程");
        group.MapPost("/{id:guid}/reply-check", CheckReply)
            .WithSummary("发送前检查书面答复：是否回应诉求、写明事实、依据、处理意见、复查（复核）权利及 30 日期限，是否含他人个人信息");
        group.MapGet("/{id:guid}/duplicates", Duplicates).WithSummary("登记时识别的可能重复事项：同一信访人（身份证号、手机号）或同一乡镇内容相似，附相似度与理由");
        group.MapPost("/{id:guid}/duplicates/{candidateId:long}", DecideDuplicate)
            .WithSummary("认定可能重复的事项：SameMatter 同一事项、Repeat 重复信访（计入重复访指标）、NotRelated 不相关；双方办理过程均有记录");
        group.MapPost("/{id}/actions/{action}", Act).WithSummary("执行办理环节（如 dispatch、sign、accept、reply、callback …）");
        group.MapAttachments();
        group.MapNotices();
        return group;
    }

    public static async Task<Results<Created<CaseDetailView>, Ok<CaseDetailView>, ProblemHttpResult>> Register(RegisterCaseRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        RegisterCase handler, ActorAccessor actors, CancellationToken ct)
    {
        var result = await handler.HandleAsync(request, actors.Actor, idempotencyKey, ct);
        if (!result.IsSuccess)
        {
            return ProblemResults.From(result);
        }

        var view = result.Value.Case;
        return result.Value.Replayed
            ? TypedResults.Ok(view)
            : TypedResults.Created($"/api/cases/{view.Id}", view);
    }

    public static async Task<Results<Ok<ReplyCheckResult>, ProblemHttpResult>> CheckReply(Guid id, ReplyCheckRequest request,
        Core.Cases.Features.CheckReply handler, ActorAccessor actors, CancellationToken ct) =>
        (await handler.HandleAsync(id, request, actors.Actor, ct)) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    public static async Task<Results<Ok<IReadOnlyList<DuplicateCandidateView>>, ProblemHttpResult>> Duplicates(Guid id, DuplicateCandidates handler,
        ActorAccessor actors, CancellationToken ct) =>
        (await handler.ListAsync(id, actors.Actor, ct)) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    public static async Task<Results<Ok<IReadOnlyList<DuplicateCandidateView>>, ProblemHttpResult>> DecideDuplicate(Guid id, long candidateId,
        DuplicateDecisionRequest request, DuplicateCandidates handler, ActorAccessor actors, CancellationToken ct) =>
        (await handler.DecideAsync(id, candidateId, request, actors.Actor, ct)) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    public static async Task<Results<Ok<CaseDetailView>, ProblemHttpResult>> Get(string id, GetCase handler, ActorAccessor actors, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<PagedList<CaseListItem>>, ProblemHttpResult>> List(ListCases handler, ActorAccessor actors,
        [AsParameters] FlagParameters flags, CancellationToken ct,
        string? queue = null, int? unit = null, int? township = null, string? channel = null, int? category = null,
        DateOnly? from = null, DateOnly? to = null, int page = 1, int pageSize = 20, bool mine = false)
    {
        var query = ParseListQuery(queue, unit, township, channel, category, from, to, page, pageSize, flags);
        if (!query.IsSuccess)
        {
            return ProblemResults.From(query);
        }

        // mine=true: 我的待办, the open cases the unit assigned to the caller.
        var result = await handler.HandleAsync(mine ? query.Value with { Assignee = actors.Actor.UserId } : query.Value, actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<IReadOnlyList<HandlerLoad>>, ProblemHttpResult>> Handlers(HandlerLoads handler, ActorAccessor actors,
        CancellationToken ct, int? unitId = null) =>
        (await handler.HandleAsync(unitId, actors.Actor, ct)) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    /// <summary>The list's query parameters (shared with the list's Excel export), with a named error for each bad one.</summary>
    /// <summary>The flag filters of a list (<c>collective=true</c>, <c>skipLevel=any</c> …), read as text so that each bad
    /// value gets its own named error.</summary>
    public sealed record FlagParameters(string? Collective, string? SkipLevel, string? AbnormalVenue, string? Repeat, string? KeyCase,
        string? SensitivePeriod, string? Urgent);

    public static Result<CaseListQuery> ParseListQuery(string? queue, int? unit, int? township, string? channel, int? category,
        DateOnly? from, DateOnly? to, int page, int pageSize, FlagParameters? flagParameters = null)
    {
        var errors = new List<Error>();
        var flags = flagParameters is { } f
            ? CaseFlagFilter.Parse(f.Collective, f.SkipLevel, f.AbnormalVenue, f.Repeat, f.KeyCase, f.SensitivePeriod, f.Urgent)
            : new CaseFlagFilter();
        if (!flags.IsSuccess)
        {
            errors.AddRange(flags.Errors);
        }

        var parsedQueue = CaseQueue.All;
        if (queue is not null && !KebabCase.TryParse(queue, out parsedQueue))
        {
            errors.Add(Error.Validation("queue", "validation.unknown_value",
                $"未知的队列“{queue}”，可选：{string.Join("、", Enum.GetValues<CaseQueue>().Select(KebabCase.Of))}。"));
        }

        Channel? parsedChannel = null;
        if (channel is not null)
        {
            if (Enum.TryParse<Channel>(channel, ignoreCase: true, out var c) && Enum.IsDefined(c))
            {
                parsedChannel = c;
            }
            else
            {
                errors.Add(Error.Validation("channel", "validation.unknown_value", $"未知的来源渠道“{channel}”。"));
            }
        }

        return errors.Count > 0
            ? Result.Failure<CaseListQuery>([.. errors])
            : new CaseListQuery(parsedQueue, unit, township, parsedChannel, category, from, to, page, pageSize, Flags: flags.Value);
    }

    public static async Task<Results<Ok<CaseDetailView>, ProblemHttpResult>> Act(string id, string action, [FromBody] CaseActionRequest? request, [FromHeader(Name = "If-Match")] string? ifMatch,
        PerformCaseAction handler, ActorAccessor actors, CancellationToken ct)
    {
        if (!CaseActionNames.TryParseKebab(action, out var parsed))
        {
            return ProblemResults.From(Result.Failure(Error.Validation("action", "case.unknown_action",
                $"未知的办理环节“{action}”，可选：{string.Join("、", Enum.GetValues<CaseAction>().Select(CaseActionNames.Kebab))}。")));
        }

        request ??= new CaseActionRequest();
        if (request.ExpectedVersion is null && int.TryParse(ifMatch?.Trim('"', 'W', '/'), out var etagVersion))
        {
            request = request with { ExpectedVersion = etagVersion };
        }

        var result = await handler.HandleAsync(id, parsed, request, actors.Actor, ct: ct);
        return result.IsSuccess
            ? TypedResults.Ok(result.Value)
            : ProblemResults.From(result);
    }
}
