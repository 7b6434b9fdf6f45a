using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Intake.Features;
using Xinfang.Web.Auth;

namespace Xinfang.Web.Api;

public sealed record IntakeBatchRequest(IReadOnlyList<IntakeRequest?>? Items);

/// <summary>The front door of external systems (12345, the provincial online system, leaders' mailboxes, …): matters
/// handed over one at a time or in batches, and their status read back. Authenticated by an integration client's key
/// (<c>X-Api-Key</c>), never by a person's session.</summary>
public static class IntakeApi
{
    public static RouteGroupBuilder MapIntakeApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/intake").WithTags("渠道对接").RequireAuthorization(ApiKeyAuthentication.Policy);
        group.MapPost("/", One).WithSummary("推送一条事项（按本渠道事项编号 externalId 幂等：重发的返回原事项编号）");
        group.MapPost("/batch", Batch).WithSummary($"批量推送事项（至多{IntakeCases.MaxBatch}条；逐条答复 created / duplicate / rejected）");
        group.MapGet("/{externalId}", Status).WithSummary("查询本系统推送的事项的办理状态");
        return group;
    }

    /// <summary>201 with the new case's number, 200 with the earlier case's for a re-sent item, 400 naming the fields.</summary>
    public static async Task<Results<Created<IntakeResult>, Ok<IntakeResult>, ProblemHttpResult>> One(IntakeRequest? request, IntakeCases handler,
        ActorAccessor actors, HttpContext http, CancellationToken ct)
    {
        var result = await handler.HandleAsync([request], ApiKeyAuthentication.ClientOf(http), actors.Actor, ct);
        if (!result.IsSuccess)
        {
            return ProblemResults.From(result);
        }

        var item = result.Value.Results[0];
        return item.Status switch
        {
            IntakeResult.Created => TypedResults.Created($"/api/intake/{Uri.EscapeDataString(item.ExternalId!)}", item),
            IntakeResult.Duplicate => TypedResults.Ok(item),
            _ => ProblemResults.From(Result.Failure([.. item.Errors.Select(e => Error.Validation(e.Field, e.Code, e.Message))])),
        };
    }

    public static async Task<Results<Ok<IntakeBatchResult>, ProblemHttpResult>> Batch(IntakeBatchRequest? request, IntakeCases handler,
        ActorAccessor actors, HttpContext http, CancellationToken ct)
    {
        var result = await handler.HandleAsync(request?.Items, ApiKeyAuthentication.ClientOf(http), actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<IntakeStatusView>, ProblemHttpResult>> Status(string externalId, IntakeStatus handler, HttpContext http,
        CancellationToken ct)
    {
        // A "/" in a channel's number arrives escaped (%2F), which routing leaves as it is.
        var result = await handler.HandleAsync(Uri.UnescapeDataString(externalId), ApiKeyAuthentication.ClientOf(http), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }
}
