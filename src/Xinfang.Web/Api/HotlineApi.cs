using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Common;
using Xinfang.Core.Hotline.Features;
using Xinfang.Core.Identity;
using Xinfang.Documents.Hotline;
using Xinfang.Web.Auth;

namespace Xinfang.Web.Api;

/// <summary>The 96097 hotline over HTTP: the exchange's live events (with an integration client's key), CDR imports, the
/// figures, the caller's card and direct answers, seats, agents and the roster.</summary>
public static class HotlineApi
{
    public static void MapHotlineApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/hotline/events", Event).WithTags("96097热线").RequireAuthorization(ApiKeyAuthentication.Policy)
            .WithSummary("交换机推送来电事件（X-Api-Key，需“来电事件”权限）：{callId, event: ringing|answered|ended, caller, seat, at}；乱序、重复均可");

        var group = routes.MapGroup("/api/hotline").WithTags("96097热线").RequireAuthorization();
        group.MapPost("/imports", Import).Accepts<IFormFile>("multipart/form-data")
            .WithSummary("导入交换机话单 Master.csv（Asterisk cdr-csv；字段 file）：按 uniqueid 去重，逐行报告");
        group.MapGet("/figures", Figures).WithSummary("热线运行指标：from、to（yyyy-MM-dd，含）、by=seat|agent|hour|day|shift；比率为百分数，时长为秒");
        group.MapGet("/calls/{id:long}/card", Card).WithSummary("来电弹屏：来电、该号码此前的来电和信访事项");
        group.MapPost("/calls/{id:long}/direct-answer", DirectAnswer).WithSummary("记录直接答复（当场答复的咨询）");
        group.MapGet("/cases/{caseId}/calls", CallsOfCase).WithSummary("信访事项的来电（由来电登记的事项）");
        group.MapGet("/assessment", Assessment).WithSummary("运营商月度考核：month=yyyy-MM；format=json（默认）、xlsx、pdf 或 docx")
            .Produces<HotlineAssessment>().ProducesFile("application/octet-stream");
        group.MapGet("/targets", Targets).WithSummary("考核指标的要求与分值");
        group.MapPut("/targets", SetTarget).WithSummary("设置考核指标的要求与分值（管理员）");
        group.MapGet("/seats", Seats).WithSummary("坐席（座席号与交换机设备）");
        group.MapPut("/seats", SaveSeat).WithSummary("登记或修改坐席");
        group.MapGet("/agents", Agents).WithSummary("运营商坐席员");
        group.MapPost("/agents", AddAgent).WithSummary("登记坐席员（可关联平台账号，来电弹到其工作台）");
        group.MapGet("/roster", Roster).WithSummary("排班：from、to 之间的值班安排");
        group.MapPost("/roster", Assign).WithSummary("排班：某坐席员在某坐席从何时到何时值班（不得重叠）");
    }

    public static async Task<Results<Ok<CallEventReceipt>, ProblemHttpResult>> Event(CallEventRequest? request, ReceiveCallEvent handler, HttpContext http,
        CancellationToken ct)
    {
        var result = await handler.HandleAsync(request, ApiKeyAuthentication.ClientOf(http), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<CallImportReport>, ProblemHttpResult>> Import(HttpRequest request, ImportCallRecords handler, ActorAccessor actors,
        CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return ProblemResults.From(Result.Failure<bool>(Error.Validation("file", "hotline.not_multipart", "请以 multipart/form-data 上传话单文件（字段 file）。")));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = 512L * 1024 * 1024;
        }

        var form = await request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return ProblemResults.From(Result.Failure<bool>(Error.Validation("file", "validation.required", "请选择交换机导出的话单文件 Master.csv。")));
        }

        await using var stream = file.OpenReadStream();
        var result = await handler.HandleAsync(CdrFileReader.Read(stream), actors.Actor, null, ct);
        if (result.IsSuccess)
        {
            await handler.SummariseAsync(result.Value, null, ct); // the figures of the imported period read at once
        }

        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<HotlineFiguresAnswer>, ProblemHttpResult>> Figures(HotlineFigureQueries queries, ActorAccessor actors,
        CancellationToken ct, DateOnly? from = null, DateOnly? to = null, string? by = null)
    {
        var result = await queries.HandleAsync(from, to, by, actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<CallerCard>, ProblemHttpResult>> Card(long id, CallerCards cards, ActorAccessor actors, CancellationToken ct)
    {
        var result = await cards.GetAsync(id, actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<IResult> Assessment(HotlineAssessments assessments, ActorAccessor actors, Xinfang.Core.Organisation.DistrictOptions district,
        HttpResponse response, CancellationToken ct, string? month = null, string? format = null)
    {
        var result = await assessments.ForMonthAsync(month, actors.Actor, ct);
        if (!result.IsSuccess)
        {
            return ProblemResults.From(result);
        }

        if (string.IsNullOrWhiteSpace(format) || format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Ok(result.Value);
        }

        if (!Xinfang.Documents.ReportFormats.TryParse(format, out var chosen) || !AssessmentExporter.Formats.Contains(chosen))
        {
            return ProblemResults.From(Result.Failure<bool>(Error.Validation("format", "hotline.format", "format 须为 json、xlsx、pdf 或 docx。")));
        }

        var (content, contentType, fileName) = AssessmentExporter.Export(result.Value, district.BureauName, chosen);
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(content, contentType, fileName);
    }

    public static async Task<Results<Ok<IReadOnlyList<HotlineTargetView>>, ProblemHttpResult>> Targets(HotlineAssessments assessments, ActorAccessor actors,
        CancellationToken ct) => From(await assessments.TargetsAsync(actors.Actor, ct));

    public static async Task<Results<Ok<HotlineTargetView>, ProblemHttpResult>> SetTarget(HotlineTargetRequest? request, HotlineAssessments assessments,
        ActorAccessor actors, CancellationToken ct) => From(await assessments.SetTargetAsync(request, actors.Actor, ct));

    public static async Task<Results<Ok<IReadOnlyList<CallView>>, ProblemHttpResult>> CallsOfCase(string caseId, CallerCards cards, ActorAccessor actors,
        CancellationToken ct) => From(await cards.OfCaseAsync(caseId, actors.Actor, ct));

    public static async Task<Results<Created<long>, ProblemHttpResult>> DirectAnswer(long id, DirectAnswerRequest? request, RecordDirectAnswer handler,
        ActorAccessor actors, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, request, actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Created($"/api/hotline/calls/{id}/card", result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<IReadOnlyList<SeatView>>, ProblemHttpResult>> Seats(HotlineRosters rosters, ActorAccessor actors, CancellationToken ct) =>
        From(await rosters.SeatsAsync(actors.Actor, ct));

    public static async Task<Results<Ok<SeatView>, ProblemHttpResult>> SaveSeat(SeatRequest? request, HotlineRosters rosters, ActorAccessor actors,
        CancellationToken ct) => From(await rosters.SaveSeatAsync(request, actors.Actor, ct));

    public static async Task<Results<Ok<IReadOnlyList<AgentView>>, ProblemHttpResult>> Agents(HotlineRosters rosters, ActorAccessor actors, CancellationToken ct) =>
        From(await rosters.AgentsAsync(actors.Actor, ct));

    public static async Task<Results<Ok<AgentView>, ProblemHttpResult>> AddAgent(AgentRequest? request, HotlineRosters rosters, ActorAccessor actors,
        CancellationToken ct) => From(await rosters.AddAgentAsync(request, actors.Actor, ct));

    public static async Task<Results<Ok<IReadOnlyList<AssignmentView>>, ProblemHttpResult>> Roster(HotlineRosters rosters, ActorAccessor actors,
        TimeProvider clock, CancellationToken ct, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var start = from ?? clock.GetUtcNow().AddDays(-1);
        return From(await rosters.RosterAsync(start, to ?? start.AddDays(7), actors.Actor, ct));
    }

    public static async Task<Results<Ok<AssignmentView>, ProblemHttpResult>> Assign(AssignmentRequest? request, HotlineRosters rosters, ActorAccessor actors,
        CancellationToken ct) => From(await rosters.AssignAsync(request, actors.Actor, ct));

    private static Results<Ok<T>, ProblemHttpResult> From<T>(Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
}
