using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Intake;
using Xinfang.Core.Intake.Features;

namespace Xinfang.Web.Api;

/// <summary>系统管理 → 对接系统 over HTTP (Admin only): the external systems, their keys (shown once) and where their
/// status messages go.</summary>
public static class IntegrationsApi
{
    public static RouteGroupBuilder MapIntegrationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin/integrations").WithTags("系统管理：对接系统").RequireAuthorization();
        group.MapGet("/", List).WithSummary("全部对接系统（不含密钥，只有其公开前缀）");
        group.MapPost("/", Create).WithSummary("登记对接系统：返回的 apiKey 与 signingSecret 只显示这一次（同一渠道只能有一个启用的对接系统）");
        group.MapPut("/{id:int}", Edit).WithSummary("修改名称、渠道、权限、状态回传地址");
        group.MapPost("/{id:int}/rotate-key", RotateKey).WithSummary("更换密钥（同时更换签名密钥）：旧密钥立即失效，新密钥与签名密钥只显示这一次");
        group.MapPost("/{id:int}/revoke", Revoke).WithSummary("停用：其密钥立即被拒绝");
        group.MapPost("/{id:int}/reactivate", Reactivate).WithSummary("恢复启用");

        var mappings = routes.MapGroup("/api/admin/intake-mappings").WithTags("系统管理：对接系统").RequireAuthorization();
        mappings.MapGet("/", Mappings).WithSummary("渠道文件的列对照（已保存的，及各渠道未改动的默认对照）");
        mappings.MapPut("/{name}", SaveMapping).WithSummary("保存列对照：每个字段可对应的列名（按顺序取文件中先出现的）");
        return group;
    }

    public static async Task<Results<Ok<IReadOnlyList<IntakeMapping>>, ProblemHttpResult>> Mappings(IntakeMappings handler, ActorAccessor actors,
        CancellationToken ct) => actors.Actor.IsIn(Roles.Admin)
            ? TypedResults.Ok(await handler.ListAsync(ct))
            : ProblemResults.From(Result.Failure(Error.Forbidden("admin.forbidden", "只有管理员可以查看和修改渠道文件的列对照。")));

    public static async Task<Results<Ok<IntakeMapping>, ProblemHttpResult>> SaveMapping(string name, IntakeMappingRequest request, IntakeMappings handler,
        ActorAccessor actors, CancellationToken ct) => Ok(await handler.SaveAsync(name, request, actors.Actor, ct));

    public static async Task<Results<Ok<IReadOnlyList<IntegrationClientView>>, ProblemHttpResult>> List(IntegrationClients handler, ActorAccessor actors,
        CancellationToken ct) => Ok(await handler.ListAsync(actors.Actor, ct));

    public static async Task<Results<Created<IssuedKey>, ProblemHttpResult>> Create(IntegrationClientRequest request, IntegrationClients handler,
        ActorAccessor actors, CancellationToken ct)
    {
        var result = await handler.CreateAsync(request, actors.Actor, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/admin/integrations/{result.Value.Client.Id}", result.Value)
            : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<IntegrationClientView>, ProblemHttpResult>> Edit(int id, IntegrationClientRequest request,
        IntegrationClients handler, ActorAccessor actors, CancellationToken ct) => Ok(await handler.EditAsync(id, request, actors.Actor, ct));

    public static async Task<Results<Ok<IssuedKey>, ProblemHttpResult>> RotateKey(int id, IntegrationClients handler, ActorAccessor actors,
        CancellationToken ct) => Ok(await handler.RotateKeyAsync(id, actors.Actor, ct));

    public static async Task<Results<Ok<IntegrationClientView>, ProblemHttpResult>> Revoke(int id, IntegrationClients handler, ActorAccessor actors,
        CancellationToken ct) => Ok(await handler.SetActiveAsync(id, false, actors.Actor, ct));

    public static async Task<Results<Ok<IntegrationClientView>, ProblemHttpResult>> Reactivate(int id, IntegrationClients handler, ActorAccessor actors,
        CancellationToken ct) => Ok(await handler.SetActiveAsync(id, true, actors.Actor, ct));

    private static Results<Ok<T>, ProblemHttpResult> Ok<T>(Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
}
