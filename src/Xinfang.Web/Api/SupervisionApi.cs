using Xinfang.Core.Organisation.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Supervision;
using Xinfang.Core.Supervision.Features;
using Xinfang.Documents.Excel;

namespace Xinfang.Web.Api;

/// <summary>领导包案 and the key-issue ledger (重点问题台账). Roles and data scope are checked by the use cases;
/// failures are problem details. A key case's leader is assigned through the case action
/// <c>POST /api/cases/{id}/actions/assign-key-leader</c>.</summary>
public static class SupervisionApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapSupervisionApi(this IEndpointRouteBuilder routes)
    {
        var keyCases = routes.MapGroup("/api/key-cases").WithTags("领导包案").RequireAuthorization();
        keyCases.MapGet("/mine", MyKeyCases).WithSummary("我包案的事项（领导）：状态、期限、剩余天数、最近批示");
        keyCases.MapGet("/board", Board).WithSummary("按包案领导分组的重点事项：在办、超期、已化解件数");
        keyCases.MapGet("/leaders", Leaders).WithSummary("可包案的领导（具有“领导”角色的人员）");

        var ledger = routes.MapGroup("/api/ledger").WithTags("重点问题台账").RequireAuthorization();
        ledger.MapGet("/", List).WithSummary("台账事项（按状态、专项行动、乡镇、领导筛选），状态统计与专项行动进度");
        ledger.MapGet("/export.xlsx", Export).WithSummary("导出台账（Excel），筛选条件同列表").ProducesFile(Xlsx);
        ledger.MapPost("/", Create).WithSummary("建立台账事项（督办员）");
        ledger.MapGet("/{id:guid}", Get).WithSummary("台账事项详情：进展记录、关联信访事项");
        ledger.MapPut("/{id:guid}", Edit).WithSummary("修改台账事项（督办员；expectedVersion 过期返回 409）");
        ledger.MapPost("/{id:guid}/progress", Progress).WithSummary("记录进展情况，可同时更新状态（督办员）");
        ledger.MapPost("/{id:guid}/comments", Comment).WithSummary("领导意见（领导、督办员）");
        ledger.MapPost("/{id:guid}/cases", Link).WithSummary("关联信访事项（督办员）");
        ledger.MapDelete("/{id:guid}/cases/{caseKey}", Unlink).WithSummary("取消关联信访事项（督办员）");
        ledger.MapGet("/campaigns", Campaigns).WithSummary("专项行动及其进度（化解率）");
        ledger.MapPost("/campaigns", CreateCampaign).WithSummary("建立专项行动（督办员）");
        return routes;
    }

    private static async Task<Results<Ok<IReadOnlyList<KeyCaseItem>>, ProblemHttpResult>> MyKeyCases(KeyCases handler, ActorAccessor actors, CancellationToken ct) =>
        Ok(await handler.MineAsync(actors.Actor, ct));

    private static async Task<Results<Ok<IReadOnlyList<LeaderKeyCases>>, ProblemHttpResult>> Board(KeyCases handler, ActorAccessor actors, CancellationToken ct) =>
        Ok(await handler.BoardAsync(actors.Actor, ct));

    private static async Task<Ok<IReadOnlyList<LeaderRef>>> Leaders(ListLeaders handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));

    private static async Task<Results<Ok<LedgerView>, ProblemHttpResult>> List(ListKeyIssues handler, ActorAccessor actors, CancellationToken ct,
        string? status = null, Guid? campaign = null, int? township = null, int? leader = null, bool overdue = false)
    {
        if (!TryQuery(status, campaign, township, leader, overdue, out var query, out var problem))
        {
            return problem;
        }

        return Ok(await handler.HandleAsync(query, actors.Actor, ct));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(ExportLedger handler, ActorAccessor actors, CancellationToken ct,
        string? status = null, Guid? campaign = null, int? township = null, int? leader = null, bool overdue = false)
    {
        if (!TryQuery(status, campaign, township, leader, overdue, out var query, out var problem))
        {
            return problem;
        }

        var export = await handler.HandleAsync(query, actors.Actor, ct);
        if (!export.IsSuccess)
        {
            return ProblemResults.From(export);
        }

        using var output = new MemoryStream();
        LedgerWorkbookWriter.Write(export.Value, output);
        return TypedResults.File(output.ToArray(), Xlsx, $"{export.Value.District}重点问题台账（{export.Value.Today:yyyyMMdd}）.xlsx");
    }

    private static async Task<Results<Created<KeyIssueDetailView>, ProblemHttpResult>> Create(KeyIssueRequest request, SaveKeyIssue handler, GetKeyIssue views, ActorAccessor actors,
        CancellationToken ct)
    {
        var result = await handler.CreateAsync(request, actors.Actor, ct);
        if (!result.IsSuccess)
        {
            return ProblemResults.From(result);
        }

        var view = result.Value;
        return TypedResults.Created($"/api/ledger/{view.Id}", view);
    }

    private static async Task<Results<Ok<KeyIssueDetailView>, ProblemHttpResult>> Get(Guid id, GetKeyIssue handler, ActorAccessor actors, CancellationToken ct) =>
        Ok(await handler.HandleAsync(id, actors.Actor, ct));

    private static async Task<Results<Ok<KeyIssueDetailView>, ProblemHttpResult>> Edit(Guid id, KeyIssueRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, SaveKeyIssue handler,
        GetKeyIssue views, ActorAccessor actors, CancellationToken ct)
    {
        if (request.ExpectedVersion is null && int.TryParse(ifMatch?.Trim('"', 'W', '/'), out var etagVersion))
        {
            request = request with { ExpectedVersion = etagVersion };
        }

        return View(await handler.EditAsync(id, request, actors.Actor, ct));
    }

    private static async Task<Results<Ok<KeyIssueDetailView>, ProblemHttpResult>> Progress(Guid id, KeyIssueNoteRequest request, RecordKeyIssueProgress handler, GetKeyIssue views,
        ActorAccessor actors, CancellationToken ct) =>
        View(await handler.ReportAsync(id, request, actors.Actor, ct));

    private static async Task<Results<Ok<KeyIssueDetailView>, ProblemHttpResult>> Comment(Guid id, KeyIssueNoteRequest request, RecordKeyIssueProgress handler, GetKeyIssue views,
        ActorAccessor actors, CancellationToken ct) =>
        View(await handler.CommentAsync(id, request, actors.Actor, ct));

    private static async Task<Results<Ok<KeyIssueDetailView>, ProblemHttpResult>> Link(Guid id, LinkCaseRequest request, LinkKeyIssueCase handler, GetKeyIssue views,
        ActorAccessor actors, CancellationToken ct) =>
        View(await handler.LinkAsync(id, request, actors.Actor, ct));

    private static async Task<Results<Ok<KeyIssueDetailView>, ProblemHttpResult>> Unlink(Guid id, string caseKey, LinkKeyIssueCase handler, GetKeyIssue views,
        ActorAccessor actors, CancellationToken ct) =>
        View(await handler.UnlinkAsync(id, caseKey, actors.Actor, ct));

    private static async Task<Results<Ok<IReadOnlyList<CampaignView>>, ProblemHttpResult>> Campaigns(ListKeyIssues handler, ActorAccessor actors, CancellationToken ct)
    {
        var ledger = await handler.HandleAsync(new LedgerQuery(), actors.Actor, ct);
        return ledger.IsSuccess ? TypedResults.Ok(ledger.Value.Campaigns) : ProblemResults.From(ledger);
    }

    private static async Task<Results<Created<CampaignRef>, ProblemHttpResult>> CreateCampaign(CampaignRequest request, CreateCampaign handler, ActorAccessor actors, CancellationToken ct)
    {
        var result = await handler.HandleAsync(request, actors.Actor, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/ledger/campaigns/{result.Value.Id}", result.Value)
            : ProblemResults.From(result);
    }

    private static Results<Ok<T>, ProblemHttpResult> Ok<T>(Result<T> result) => result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);

    private static Results<Ok<KeyIssueDetailView>, ProblemHttpResult> View(Result<KeyIssueDetailView> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);

    private static bool TryQuery(string? status, Guid? campaign, int? township, int? leader, bool overdue, out LedgerQuery query, out ProblemHttpResult problem)
    {
        KeyIssueStatus? parsed = null;
        if (status is not null)
        {
            if (!KebabCase.TryParse<KeyIssueStatus>(status, out var s) && !(Enum.TryParse(status, ignoreCase: true, out s) && Enum.IsDefined(s)))
            {
                query = new LedgerQuery();
                problem = ProblemResults.From(Result.Failure(Error.Validation("status", "validation.unknown_value",
                    $"未知的状态“{status}”，可选：{string.Join("、", Enum.GetValues<KeyIssueStatus>().Select(KebabCase.Of))}。")));
                return false;
            }

            parsed = s;
        }

        query = new LedgerQuery(parsed, campaign, township, leader, overdue);
        problem = null!;
        return true;
    }
}
