using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Web.Api;

public sealed record UnitView(int Id, string Code, string Name, UnitKind Kind, int? ParentId, int? RegionId);

public sealed record RegionView(int Id, string Code, string Name, RegionKind Kind, int? ParentId);

public sealed record CategoryView(int Id, string Code, string Name, int? ParentId);

public static class OrganisationApi
{
    public static RouteGroupBuilder MapOrganisationApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/organisation").WithTags("组织机构").RequireAuthorization();
        group.MapGet("/units", Units).WithSummary("承办单位（乡镇街道、区属部门、企事业单位）");
        group.MapGet("/regions", Regions).WithSummary("乡镇（街道）与村（社区）");
        group.MapGet("/categories", Categories).WithSummary("问题分类树（登记时可选的）");
        return group;
    }

    public static async Task<Ok<IEnumerable<UnitView>>> Units(OrganisationDirectory directory, CancellationToken ct, UnitKind? kind = null, int? region = null)
    {
        var names = await directory.GetAsync(ct);
        return TypedResults.Ok(names.Units.Values
            .Where(u => u.IsActive && (kind is null || u.Kind == kind) && (region is null || u.RegionId == region))
            .OrderBy(u => u.Code)
            .Select(u => new UnitView(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.RegionId)));
    }

    public static async Task<Ok<IEnumerable<RegionView>>> Regions(OrganisationDirectory directory, CancellationToken ct) =>
        TypedResults.Ok((await directory.GetAsync(ct)).Regions.Values.OrderBy(r => r.Code).Select(r => new RegionView(r.Id, r.Code, r.Name, r.Kind, r.ParentId)));

    /// <summary>The categories offered at intake: inactive ones (and those under an inactive top-level one) are left out.</summary>
    public static async Task<Ok<IEnumerable<CategoryView>>> Categories(OrganisationDirectory directory, CancellationToken ct)
    {
        var names = await directory.GetAsync(ct);
        return TypedResults.Ok(names.Categories.Values.Where(names.IsSelectable).OrderBy(c => c.Code).Select(c => new CategoryView(c.Id, c.Code, c.Name, c.ParentId)));
    }
}
