using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Identity;
using Xinfang.Core.Notifications.Features;

namespace Xinfang.Web.Api;

/// <summary>The signed-in user's notification centre: the list, the unread count the bell shows, marking as read.</summary>
public static class NotificationsApi
{
    public sealed record UnreadCount(int Unread);

    public sealed record MarkedCount(int Marked);

    public static RouteGroupBuilder MapNotificationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/notifications").WithTags("通知").RequireAuthorization();
        group.MapGet("/", List).WithSummary("本人的通知（最新在前；unread=true 只列未读），分页");
        group.MapGet("/count", Count).WithSummary("本人未读通知数（铃铛上的数字）");
        group.MapPost("/{id:long}/read", Read).WithSummary("把一条通知标为已读");
        group.MapPost("/read-all", ReadAll).WithSummary("把本人全部未读通知标为已读");
        return group;
    }

    public static async Task<Results<Ok<PagedList<NotificationView>>, ProblemHttpResult>> List(NotificationQueries queries, ActorAccessor actors,
        CancellationToken ct, bool unread = false, int page = 1, int pageSize = 20) =>
        (await queries.ListAsync(actors.Actor, unread, page, pageSize, ct)) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    public static async Task<Ok<UnreadCount>> Count(NotificationQueries queries, ActorAccessor actors, CancellationToken ct) =>
        TypedResults.Ok(new UnreadCount(await queries.UnreadCountAsync(actors.Actor, ct)));

    public static async Task<Results<Ok<NotificationView>, ProblemHttpResult>> Read(long id, NotificationQueries queries, ActorAccessor actors,
        CancellationToken ct) =>
        (await queries.MarkReadAsync(id, actors.Actor, ct)) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    public static async Task<Ok<MarkedCount>> ReadAll(NotificationQueries queries, ActorAccessor actors, CancellationToken ct) =>
        TypedResults.Ok(new MarkedCount(await queries.MarkAllReadAsync(actors.Actor, ct)));
}
