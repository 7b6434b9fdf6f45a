using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Web.Api;

public static class IndicatorsApi
{
    public static RouteGroupBuilder MapIndicatorsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/indicators").WithTags("指标").RequireAuthorization();
        group.MapGet("/three-rates", GetThreeRates).WithSummary("信访“三率”：及时受理率、按期办结率、群众满意率（含参评率）");
        group.MapGet("/three-rates/flags", GetThreeRatesByFlag)
            .WithSummary("按标志统计：集体访、越级访、异常场所、重复访、重点事项、敏感期、紧急事项各自的件数与“三率”（flag 即事项列表的同名筛选参数）");
        return group;
    }

    public static async Task<Results<Ok<IReadOnlyList<FlagRates>>, ProblemHttpResult>> GetThreeRatesByFlag(ThreeRatesByFlag handler, ActorAccessor actors,
        CancellationToken ct, DateOnly? from = null, DateOnly? to = null, int? unit = null) =>
        (await handler.HandleAsync(new ThreeRatesQuery(from, to, unit), actors.Actor, ct)) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    public static async Task<Results<Ok<ThreeRatesView>, ProblemHttpResult>> GetThreeRates(ThreeRates handler, ActorAccessor actors, CancellationToken ct, DateOnly? from = null, DateOnly? to = null, int? unit = null)
    {
        var result = await handler.HandleAsync(new ThreeRatesQuery(from, to, unit), actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }
}
