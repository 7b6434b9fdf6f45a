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
        return group;
    }

    public static async Task<Results<Ok<ThreeRatesView>, ProblemHttpResult>> GetThreeRates(ThreeRates handler, ActorAccessor actors, CancellationToken ct, DateOnly? from = null, DateOnly? to = null, int? unit = null)
    {
        var result = await handler.HandleAsync(new ThreeRatesQuery(from, to, unit), actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }
}
