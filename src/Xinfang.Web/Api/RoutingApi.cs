using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Routing.Features;

namespace Xinfang.Web.Api;

/// <summary>类别建议: the model's proposal for a matter being registered or dispatched, its training on the district's
/// closed cases (administrator), and how often registrars kept what it proposed.</summary>
public static class RoutingApi
{
    public static void MapRoutingApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/cases/category-suggestions", Suggest).WithTags("类别建议").RequireAuthorization()
            .WithSummary("按标题、内容与乡镇给出前三个建议类别（含置信度与常办单位）");
        var group = routes.MapGroup("/api/routing").WithTags("类别建议").RequireAuthorization();
        group.MapPost("/train", Train).WithSummary("用本区已办结事项训练类别建议模型（系统管理员）");
        group.MapGet("/accuracy", Accuracy).WithSummary("登记员最终所选类别与模型建议的一致率（首选、前三）");
    }

    public static async Task<Results<Ok<CategorySuggestions>, ProblemHttpResult>> Suggest(CategorySuggestionRequest request, SuggestCategories handler,
        ActorAccessor actors, CancellationToken ct) =>
        (await handler.HandleAsync(request, actors.Actor, ct)) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    public static async Task<Results<Ok<RoutingModelView>, ProblemHttpResult>> Train(TrainRoutingModel handler, ActorAccessor actors, CancellationToken ct) =>
        (await handler.HandleAsync(actors.Actor, progress: null, ct)) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    public static async Task<Results<Ok<RoutingAccuracyView>, ProblemHttpResult>> Accuracy(RoutingAccuracy handler, ActorAccessor actors, TimeProvider clock,
        CancellationToken ct, DateOnly? from = null, DateOnly? to = null)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var result = await handler.HandleAsync(from ?? today.AddDays(-30), to ?? today, actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }
}
