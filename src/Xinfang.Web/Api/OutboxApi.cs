using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Outbox;
using Xinfang.Core.Outbox.Features;

namespace Xinfang.Web.Api;

/// <summary>The outbox as the administrator sees it: messages waiting, delivered and failed, each attempt, and sending
/// one again (Admin only).</summary>
public static class OutboxApi
{
    public static RouteGroupBuilder MapOutboxApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin/outbox").WithTags("系统管理：对接系统").RequireAuthorization();
        group.MapGet("/", List).WithSummary("回传消息（最近200条；state=Pending|Delivered|Failed 筛选），含每次投递尝试");
        group.MapPost("/{id:long}/resend", Resend).WithSummary("重发未送达的消息（已送达的不再重发）");
        return group;
    }

    public static async Task<Results<Ok<IReadOnlyList<OutboxMessageView>>, ProblemHttpResult>> List(OutboxQueries queries, ActorAccessor actors,
        CancellationToken ct, OutboxState? state = null)
    {
        var result = await queries.ListAsync(state, actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<OutboxState>, ProblemHttpResult>> Resend(long id, OutboxQueries queries, ActorAccessor actors, CancellationToken ct)
    {
        var result = await queries.ResendAsync(id, actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }
}
