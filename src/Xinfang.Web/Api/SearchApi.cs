using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Cases;
using Xinfang.Core.Identity;
using Xinfang.Core.Search.Features;

namespace Xinfang.Web.Api;

/// <summary>全文检索 of cases within the caller's data scope.</summary>
public static class SearchApi
{
    public static void MapSearchApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/cases/search", Search).WithTags("检索").RequireAuthorization()
            .WithSummary("按词检索信访事项（标题、内容、答复、办理过程；精确短语优先），或按手机号、身份证号精确查找；只在本人数据范围内");
    }

    public static async Task<Results<Ok<CaseSearchResult>, ProblemHttpResult>> Search(SearchCases handler, ActorAccessor actors, CancellationToken ct,
        string? q = null, DateOnly? from = null, DateOnly? to = null, int? township = null, int? category = null, CaseStatus? status = null,
        Channel? channel = null, int page = 1, int pageSize = 20)
    {
        var result = await handler.HandleAsync(new CaseSearchQuery(q, from, to, township, category, status, channel, page, pageSize), actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }
}
