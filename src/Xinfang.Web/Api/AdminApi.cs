using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Organisation.Features;

namespace Xinfang.Web.Api;

/// <summary>Administration of units, accounts, places (区划) and the category tree. Signed-in callers only; the use cases allow
/// the Admin role alone and answer anyone else with a 403 problem (code <c>admin.forbidden</c>).</summary>
public static class AdminApi
{
    public static RouteGroupBuilder MapAdminApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin").WithTags("系统管理").RequireAuthorization();

        group.MapGet("/units", ListUnits).WithSummary("全部单位（含已停用）");
        group.MapPost("/units", CreateUnit).WithSummary("新增单位（编码唯一；乡镇单位须选所属乡镇）");
        group.MapPut("/units/{id:int}", EditUnit).WithSummary("修改单位名称、类别、上级单位、所属乡镇");
        group.MapPost("/units/{id:int}/deactivate", DeactivateUnit).WithSummary("停用单位（不再可选为承办单位，原有事项照常显示其名称）");
        group.MapPost("/units/{id:int}/reactivate", ReactivateUnit).WithSummary("启用单位");

        group.MapGet("/users", ListUsers).WithSummary("全部用户及其角色、状态");
        group.MapPost("/users", CreateUser).WithSummary("新增用户（用户名唯一；初始密码须符合密码规则）");
        group.MapPut("/users/{id:int}", EditUser).WithSummary("修改用户姓名、所属单位、角色");
        group.MapPost("/users/{id:int}/password", ResetPassword).WithSummary("重置密码");
        group.MapPost("/users/{id:int}/lock", LockUser).WithSummary("锁定账号（直至解锁）");
        group.MapPost("/users/{id:int}/unlock", UnlockUser).WithSummary("解锁账号");
        group.MapPost("/users/{id:int}/deactivate", DeactivateUser).WithSummary("停用账号（不能再登录）");
        group.MapPost("/users/{id:int}/reactivate", ReactivateUser).WithSummary("启用账号");

        group.MapGet("/regions", ListRegions).WithSummary("区划：乡镇（街道）及其村（社区）");
        group.MapPost("/regions", AddRegion).WithSummary("新增乡镇（街道），或在乡镇（街道）下新增村（社区）");
        group.MapPut("/regions/{id:int}", RenameRegion).WithSummary("重命名区划");

        group.MapGet("/categories", ListCategories).WithSummary("问题分类树（含已停用）");
        group.MapPost("/categories", AddCategory).WithSummary("新增问题分类（在大类下添加小类，或新增大类）");
        group.MapPut("/categories/{id:int}", RenameCategory).WithSummary("重命名问题分类");
        group.MapPost("/categories/{id:int}/deactivate", DeactivateCategory).WithSummary("停用问题分类（登记时不再可选）");
        group.MapPost("/categories/{id:int}/reactivate", ReactivateCategory).WithSummary("启用问题分类");
        return group;
    }

    // Units

    public static async Task<Results<Ok<IReadOnlyList<UnitAdminView>>, ProblemHttpResult>> ListUnits(AdminQueries queries, ActorAccessor actors, CancellationToken ct) =>
        Ok(await queries.UnitsAsync(actors.Actor, ct));

    public static async Task<Results<Created<UnitAdminView>, ProblemHttpResult>> CreateUnit(CreateUnitRequest request, CreateUnit handler, ActorAccessor actors, CancellationToken ct) =>
        Created(await handler.HandleAsync(request, actors.Actor, ct), u => u.Id, "units");

    public static async Task<Results<Ok<UnitAdminView>, ProblemHttpResult>> EditUnit(int id, EditUnitRequest request, EditUnit handler, ActorAccessor actors, CancellationToken ct) =>
        Ok(await handler.HandleAsync(id, request, actors.Actor, ct));

    public static async Task<Results<Ok<UnitAdminView>, ProblemHttpResult>> DeactivateUnit(int id, SetUnitActive handler, ActorAccessor actors, CancellationToken ct) =>
        Ok(await handler.HandleAsync(id, false, actors.Actor, ct));

    public static async Task<Results<Ok<UnitAdminView>, ProblemHttpResult>> ReactivateUnit(int id, SetUnitActive handler, ActorAccessor actors, CancellationToken ct) =>
        Ok(await handler.HandleAsync(id, true, actors.Actor, ct));

    // Users

    public static async Task<Results<Ok<IReadOnlyList<UserAdminView>>, ProblemHttpResult>> ListUsers(AdminQueries queries, ActorAccessor actors, CancellationToken ct) =>
        Ok(await queries.UsersAsync(actors.Actor, ct));

    public static async Task<Results<Created<UserAdminView>, ProblemHttpResult>> CreateUser(CreateUserRequest request, CreateUser handler, ActorAccessor actors, CancellationToken ct) =>
        Created(await handler.HandleAsync(request, actors.Actor, ct), u => u.Id, "users");

    public static async Task<Results<Ok<UserAdminView>, ProblemHttpResult>> EditUser(int id, EditUserRequest request, EditUser handler, ActorAccessor actors, CancellationToken ct) =>
        Ok(await handler.HandleAsync(id, request, actors.Actor, ct));

    public static async Task<Results<Ok<UserAdminView>, ProblemHttpResult>> ResetPassword(int id, ResetPasswordRequest request, UserAccounts handler, ActorAccessor actors, CancellationToken ct) =>
        Ok(await handler.ResetPasswordAsync(id, request, actors.Actor, ct));

    public static async Task<Results<Ok<UserAdminView>, ProblemHttpResult>> LockUser(int id, UserAccounts handler, ActorAccessor actors, CancellationToken ct) =>
        Ok(await handler.SetLockedAsync(id, true, actors.Actor, ct));

    public static async Task<Results<Ok<UserAdminView>, ProblemHttpResult>> UnlockUser(int id, UserAccounts handler, ActorAccessor actors, CancellationToken ct) =>
        Ok(await handler.SetLockedAsync(id, false, actors.Actor, ct));

    public static async Task<Results<Ok<UserAdminView>, ProblemHttpResult>> DeactivateUser(int id, UserAccounts handler, ActorAccessor actors, CancellationToken ct) =>
        Ok(await handler.SetActiveAsync(id, false, actors.Actor, ct));

    public static async Task<Results<Ok<UserAdminView>, ProblemHttpResult>> ReactivateUser(int id, UserAccounts handler, ActorAccessor actors, CancellationToken ct) =>
        Ok(await handler.SetActiveAsync(id, true, actors.Actor, ct));

    // Places

    public static async Task<Results<Ok<IReadOnlyList<RegionAdminView>>, ProblemHttpResult>> ListRegions(AdminQueries queries, ActorAccessor actors, CancellationToken ct) =>
        Ok(await queries.RegionsAsync(actors.Actor, ct));

    public static async Task<Results<Created<RegionAdminView>, ProblemHttpResult>> AddRegion(AddRegionRequest request, AddRegion handler, ActorAccessor actors, CancellationToken ct)
    {
        var result = await handler.HandleAsync(request, actors.Actor, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/admin/regions/{result.Value.Id}", result.Value)
            : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<RegionAdminView>, ProblemHttpResult>> RenameRegion(int id, RenameRegionRequest request, RenameRegion handler, ActorAccessor actors, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, request, actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    // Categories

    public static async Task<Results<Ok<IReadOnlyList<CategoryAdminView>>, ProblemHttpResult>> ListCategories(AdminQueries queries, ActorAccessor actors, CancellationToken ct) =>
        Ok(await queries.CategoriesAsync(actors.Actor, ct));

    public static async Task<Results<Created<CategoryAdminView>, ProblemHttpResult>> AddCategory(AddCategoryRequest request, AddCategory handler, ActorAccessor actors, CancellationToken ct)
    {
        var result = await handler.HandleAsync(request, actors.Actor, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/admin/categories/{result.Value.Id}", result.Value)
            : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<CategoryAdminView>, ProblemHttpResult>> RenameCategory(int id, RenameCategoryRequest request, EditCategory handler, ActorAccessor actors, CancellationToken ct) =>
        Ok(await handler.RenameAsync(id, request, actors.Actor, ct));

    public static async Task<Results<Ok<CategoryAdminView>, ProblemHttpResult>> DeactivateCategory(int id, EditCategory handler, ActorAccessor actors, CancellationToken ct) =>
        Ok(await handler.SetActiveAsync(id, false, actors.Actor, ct));

    public static async Task<Results<Ok<CategoryAdminView>, ProblemHttpResult>> ReactivateCategory(int id, EditCategory handler, ActorAccessor actors, CancellationToken ct) =>
        Ok(await handler.SetActiveAsync(id, true, actors.Actor, ct));

    // Results

    private static Results<Ok<T>, ProblemHttpResult> Ok<T>(Result<T> result) => result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);

    /// <summary>201 with the new item as the list shows it, or the problem.</summary>
    private static Results<Created<TView>, ProblemHttpResult> Created<TView>(Result<TView> result, Func<TView, int> id, string collection) =>
        result.IsSuccess ? TypedResults.Created($"/api/admin/{collection}/{id(result.Value)}", result.Value) : ProblemResults.From(result);
}
