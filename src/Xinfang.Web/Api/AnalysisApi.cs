using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Analysis;
using Xinfang.Core.Analysis.Briefing;
using Xinfang.Core.Analysis.Features;
using Xinfang.Core.Analysis.Warnings;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Documents.Analysis;
using Xinfang.Web.Analysis;

namespace Xinfang.Web.Api;

/// <summary>数据分析 (SPEC §1.9): every chart of the workspace reads one of these endpoints. Each figure carries the query
/// string of its cases (<c>drill</c>), which <c>GET /api/analysis/cases</c> lists and <c>…/cases/export.xlsx</c> exports.
/// Filters are query parameters named after the dimensions (<c>township=3&amp;channel=Hotline96097&amp;collective=true</c>,
/// <c>none</c> for "no value"); the period is <c>from</c>/<c>to</c> (default: this year to today).</summary>
public static class AnalysisApi
{
    public static IEndpointRouteBuilder MapAnalysisApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/analysis").WithTags("数据分析").RequireAuthorization();
        group.MapGet("/dimensions", Dimensions).WithSummary("可用的分析维度（rows、columns 的取值，亦即筛选参数名）");
        group.MapGet("/slice", Slice).WithSummary("按维度切片并交叉（rows、columns）：件数与“三率”，每个数字附下钻条件 drill");
        group.MapGet("/slice/export.xlsx", SliceExport).WithSummary("导出切片表（Excel）").ProducesFile(AnalysisWorkbookWriter.ContentType);
        group.MapGet("/trend", Trend).WithSummary("走势（grain=day|week|month）与去年同期比较");
        group.MapGet("/trend/export.xlsx", TrendExport).WithSummary("导出走势表（Excel）").ProducesFile(AnalysisWorkbookWriter.ContentType);
        group.MapGet("/keywords", Keywords).WithSummary("本期热词（涉及件数最多）与增长最快的词（与上一等长期间比较）");
        group.MapGet("/cases", Cases).WithSummary("下钻：某个数字背后的信访事项（分页，限本人数据范围）");
        group.MapGet("/cases/export.xlsx", CasesExport).WithSummary("导出下钻事项（Excel，流式；个人信息按角色脱敏）").ProducesFile(AnalysisWorkbookWriter.ContentType);
        group.MapGet("/views", Views).WithSummary("我保存的分析视图");
        group.MapPost("/views", SaveView).WithSummary("保存分析视图（名称与查询条件）");
        group.MapDelete("/views/{id:int}", DeleteView).WithSummary("删除我保存的分析视图");

        group.MapGet("/briefing", Briefing).WithSummary("生成信访形势分析（period=2026-11|2026-Q4|2026-W47，format=docx|pdf，可附 note 编者按），直接下载")
            .ProducesFile("application/pdf");
        group.MapPost("/briefings", KeepBriefing).WithSummary("生成并保存信访形势分析（Word 与 PDF），供领导查阅");
        group.MapGet("/briefings", Briefings).WithSummary("已保存的信访形势分析（含定时生成的周报、月报、季报）");
        group.MapGet("/briefings/{id:int}.{format}", BriefingFile).WithSummary("下载已保存的信访形势分析（docx 或 pdf）").ProducesFile("application/pdf");

        var warnings = group.MapGroup("/warnings");
        warnings.MapGet("/", Warnings).WithSummary("预警（from、to 与预警期间相交；status=open|acknowledged）");
        warnings.MapGet("/count", OpenWarnings).WithSummary("待处置预警数（角标）");
        warnings.MapPost("/compute", Compute).WithSummary("立即计算某日（day，默认今天）的预警（督办员、管理员）");
        warnings.MapGet("/{id:long}", Warning).WithSummary("预警详情");
        warnings.MapGet("/{id:long}/cases", WarningCases).WithSummary("预警关联的信访事项");
        warnings.MapPost("/{id:long}/acknowledge", Acknowledge).WithSummary("确认预警并写明处置意见（督办员、领导）");

        var periods = group.MapGroup("/sensitive-periods");
        periods.MapGet("/", Periods).WithSummary("敏感时期（期间、范围、下调后的预警门槛）");
        periods.MapPost("/", CreatePeriod).WithSummary("设置敏感时期（管理员）");
        periods.MapPut("/{id:int}", EditPeriod).WithSummary("修改敏感时期（管理员）");
        periods.MapDelete("/{id:int}", DeletePeriod).WithSummary("删除敏感时期（管理员）");

        routes.MapGet("/api/cases/export.xlsx", ListExport).WithTags("信访事项").RequireAuthorization()
            .WithSummary("导出信访事项列表（Excel，流式；条件同 GET /api/cases；个人信息按角色脱敏）").ProducesFile(AnalysisWorkbookWriter.ContentType);
        return routes;
    }

    private static Ok<IEnumerable<object>> Dimensions() => TypedResults.Ok(Enum.GetValues<AnalysisDimension>()
        .Select(d => (object)new { key = AnalysisDimensions.ParamName(d), name = AnalysisDimensions.ChineseName(d) }));

    private static async Task<Results<Ok<SliceView>, ProblemHttpResult>> Slice(HttpRequest request, SliceCases handler, ActorAccessor actors, TimeProvider clock, CancellationToken ct) =>
        await SliceOf(request, handler, actors, clock, ct) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    private static async Task<IResult> SliceExport(HttpRequest request, SliceCases handler, ActorAccessor actors, TimeProvider clock, CancellationToken ct)
    {
        var slice = await SliceOf(request, handler, actors, clock, ct);
        if (!slice.IsSuccess)
        {
            return ProblemResults.From(slice);
        }

        using var output = new MemoryStream();
        AnalysisWorkbookWriter.WriteSlice(slice.Value, output);
        return TypedResults.File(output.ToArray(), AnalysisWorkbookWriter.ContentType, $"信访事项{slice.Value.RowsName}分析（{slice.Value.From:yyyyMMdd}-{slice.Value.To:yyyyMMdd}）.xlsx");
    }

    private static async Task<Result<SliceView>> SliceOf(HttpRequest request, SliceCases handler, ActorAccessor actors, TimeProvider clock, CancellationToken ct)
    {
        var filter = AnalysisQueryString.Filter(request.Query, clock);
        if (!filter.IsSuccess)
        {
            return Result.Failure<SliceView>([.. filter.Errors]);
        }

        var rows = AnalysisQueryString.Dimension(request.Query, "rows", AnalysisDimension.Township, "by");
        var columns = AnalysisQueryString.OptionalDimension(request.Query, "columns");
        if (!rows.IsSuccess || !columns.IsSuccess)
        {
            return Result.Failure<SliceView>([.. rows.Errors, .. columns.Errors]);
        }

        return await handler.HandleAsync(new SliceQuery(filter.Value, rows.Value, columns.Value), actors.Actor, ct);
    }

    private static async Task<Results<Ok<TrendView>, ProblemHttpResult>> Trend(HttpRequest request, CaseTrend handler, ActorAccessor actors, TimeProvider clock, CancellationToken ct) =>
        await TrendOf(request, handler, actors, clock, ct) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    private static async Task<IResult> TrendExport(HttpRequest request, CaseTrend handler, ActorAccessor actors, TimeProvider clock, CancellationToken ct)
    {
        var trend = await TrendOf(request, handler, actors, clock, ct);
        if (!trend.IsSuccess)
        {
            return ProblemResults.From(trend);
        }

        using var output = new MemoryStream();
        AnalysisWorkbookWriter.WriteTrend(trend.Value, output);
        return TypedResults.File(output.ToArray(), AnalysisWorkbookWriter.ContentType, $"信访事项走势（{trend.Value.From:yyyyMMdd}-{trend.Value.To:yyyyMMdd}）.xlsx");
    }

    private static async Task<Result<TrendView>> TrendOf(HttpRequest request, CaseTrend handler, ActorAccessor actors, TimeProvider clock, CancellationToken ct)
    {
        var filter = AnalysisQueryString.Filter(request.Query, clock);
        var grain = TrendGrain.Month;
        var text = request.Query["grain"].ToString();
        if (text.Length > 0 && !KebabCase.TryParse(text, out grain))
        {
            return Result.Failure<TrendView>([.. filter.Errors, Error.Validation("grain", "validation.unknown_value", $"未知的粒度“{text}”，可选：day、week、month。")]);
        }

        return filter.IsSuccess ? await handler.HandleAsync(new TrendQuery(filter.Value, grain), actors.Actor, ct) : Result.Failure<TrendView>([.. filter.Errors]);
    }

    private static async Task<Results<Ok<KeywordsView>, ProblemHttpResult>> Keywords(HttpRequest request, PeriodKeywords handler, ActorAccessor actors,
        TimeProvider clock, CancellationToken ct, int top = 60)
    {
        var filter = AnalysisQueryString.Filter(request.Query, clock);
        if (!filter.IsSuccess)
        {
            return ProblemResults.From(filter);
        }

        var result = await handler.HandleAsync(filter.Value, actors.Actor, top, ct: ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    private static async Task<Results<Ok<PagedList<CaseListItem>>, ProblemHttpResult>> Cases(HttpRequest request, DrillDownCases handler, ActorAccessor actors,
        TimeProvider clock, CancellationToken ct, int page = 1, int pageSize = 20)
    {
        var filter = AnalysisQueryString.Filter(request.Query, clock);
        if (!filter.IsSuccess)
        {
            return ProblemResults.From(filter);
        }

        var result = await handler.HandleAsync(filter.Value, page, pageSize, actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    private static async Task<IResult> CasesExport(HttpRequest request, ExportCases handler, ActorAccessor actors, TimeProvider clock, CancellationToken ct)
    {
        var filter = AnalysisQueryString.Filter(request.Query, clock);
        if (!filter.IsSuccess)
        {
            return ProblemResults.From(filter);
        }

        return await StreamAsync(await handler.ForAnalysisAsync(filter.Value, actors.Actor, ct), ct);
    }

    private static async Task<IResult> ListExport(ExportCases handler, ActorAccessor actors, [AsParameters] CasesApi.FlagParameters flags, CancellationToken ct,
        string? queue = null, int? unit = null, int? township = null, string? channel = null, int? category = null, DateOnly? from = null, DateOnly? to = null)
    {
        var query = CasesApi.ParseListQuery(queue, unit, township, channel, category, from, to, 1, ListCases.MaxPageSize, flags);
        if (!query.IsSuccess)
        {
            return ProblemResults.From(query);
        }

        return await StreamAsync(await handler.ForListAsync(query.Value, actors.Actor, ct), ct);
    }

    /// <summary>The workbook is written off the request thread into a temporary file as the rows arrive, then sent and
    /// deleted: memory stays flat however long the list.</summary>
    private static async Task<IResult> StreamAsync(Result<CaseExport> export, CancellationToken ct)
    {
        if (!export.IsSuccess)
        {
            return ProblemResults.From(export);
        }

        var path = Path.GetTempFileName();
        try
        {
            await Task.Run(() =>
            {
                using var file = File.Create(path);
                AnalysisWorkbookWriter.WriteCases(export.Value, file);
            }, ct);
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Delete, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        return TypedResults.File(stream, AnalysisWorkbookWriter.ContentType, $"{export.Value.Title}.xlsx");
    }

    public sealed record BriefingRequest(string? Period, string? Note);

    private static async Task<IResult> Briefing(BuildBriefing handler, ActorAccessor actors, CancellationToken ct, string? period = null, string? format = null,
        string? note = null)
    {
        var parsed = BriefingPeriod.Parse(period);
        var errors = parsed.Errors.ToList();
        if (!BriefingRenderer.TryParse(format ?? "docx", out var kind))
        {
            errors.Add(Error.Validation("format", "validation.unknown_value", $"未知的格式“{format}”，可选：docx、pdf。"));
        }

        if (errors.Count > 0)
        {
            return ProblemResults.From(Result.Failure([.. errors]));
        }

        var briefing = await handler.HandleAsync(parsed.Value, note, actors.Actor, ct);
        return briefing.IsSuccess
            ? TypedResults.File(BriefingRenderer.Bytes(briefing.Value, kind), BriefingRenderer.ContentType(kind), $"{briefing.Value.Title}.{KebabCase.Of(kind)}")
            : ProblemResults.From(briefing);
    }

    private static async Task<Results<Created<StoredBriefingItem>, ProblemHttpResult>> KeepBriefing(BriefingRequest request, BriefingKeeper keeper,
        ActorAccessor actors, CancellationToken ct)
    {
        var period = BriefingPeriod.Parse(request.Period);
        if (!period.IsSuccess)
        {
            return ProblemResults.From(period);
        }

        var kept = await keeper.KeepAsync(period.Value, request.Note, actors.Actor, actors.Actor.DisplayName, ct);
        return kept.IsSuccess ? TypedResults.Created($"/api/analysis/briefings/{kept.Value.Id}.pdf", kept.Value) : ProblemResults.From(kept);
    }

    private static async Task<Results<Ok<IReadOnlyList<StoredBriefingItem>>, ProblemHttpResult>> Briefings(BriefingArchive archive, ActorAccessor actors, CancellationToken ct) =>
        await archive.ListAsync(actors.Actor, ct) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    private static async Task<IResult> BriefingFile(int id, string format, BriefingArchive archive, ActorAccessor actors, CancellationToken ct)
    {
        if (!BriefingRenderer.TryParse(format, out var kind))
        {
            return ProblemResults.From(Result.Failure(Error.Validation("format", "validation.unknown_value", $"未知的格式“{format}”，可选：docx、pdf。")));
        }

        var file = await archive.FileAsync(id, kind == BriefingFormat.Pdf, actors.Actor, ct);
        return file.IsSuccess
            ? TypedResults.File(file.Value.Bytes, BriefingRenderer.ContentType(kind), $"{file.Value.Title}.{KebabCase.Of(kind)}")
            : ProblemResults.From(file);
    }

    private static async Task<Results<Ok<IReadOnlyList<SavedViewItem>>, ProblemHttpResult>> Views(SavedViews handler, ActorAccessor actors, CancellationToken ct) =>
        await handler.ListAsync(actors.Actor, ct) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    private static async Task<Results<Created<SavedViewItem>, ProblemHttpResult>> SaveView(SavedViewRequest request, SavedViews handler, ActorAccessor actors, CancellationToken ct) =>
        await handler.SaveAsync(request, actors.Actor, ct) is var r && r.IsSuccess ? TypedResults.Created($"/api/analysis/views/{r.Value.Id}", r.Value) : ProblemResults.From(r);

    /// <summary>Answers with the views that remain.</summary>
    private static async Task<Results<Ok<IReadOnlyList<SavedViewItem>>, ProblemHttpResult>> DeleteView(int id, SavedViews handler, ActorAccessor actors, CancellationToken ct)
    {
        var deleted = await handler.DeleteAsync(id, actors.Actor, ct);
        if (!deleted.IsSuccess)
        {
            return ProblemResults.From(deleted);
        }

        return await Views(handler, actors, ct);
    }

    private static async Task<Results<Ok<IReadOnlyList<WarningView>>, ProblemHttpResult>> Warnings(WarningQueries handler, ActorAccessor actors, CancellationToken ct,
        DateOnly? from = null, DateOnly? to = null, string? status = null)
    {
        WarningStatus? parsed = null;
        if (status is not null)
        {
            if (!KebabCase.TryParse<WarningStatus>(status, out var s))
            {
                return ProblemResults.From(Result.Failure(Error.Validation("status", "validation.unknown_value", $"未知的状态“{status}”，可选：open、acknowledged。")));
            }

            parsed = s;
        }

        var result = await handler.ListAsync(new WarningListQuery(from, to, parsed), actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    private static async Task<Ok<int>> OpenWarnings(WarningQueries handler, ActorAccessor actors, CancellationToken ct) =>
        TypedResults.Ok(await handler.OpenCountAsync(actors.Actor, ct));

    private static async Task<Results<Ok<WarningRun>, ProblemHttpResult>> Compute(ComputeWarnings handler, ActorAccessor actors, TimeProvider clock, CancellationToken ct,
        DateOnly? day = null)
    {
        if (!actors.Actor.IsInAny([Roles.Supervisor, Roles.Admin]))
        {
            return ProblemResults.From(Result.Failure(Error.Forbidden("warning.compute_forbidden", "只有督办员或管理员可以立即计算预警。")));
        }

        var today = ChinaTime.Today(clock);
        if (day is { } d && (d > today || d.Year < 2000))
        {
            return ProblemResults.From(Result.Failure(Error.Validation("day", "validation.range", "计算日期须在 2000 年以后，且不能晚于今天。")));
        }

        return TypedResults.Ok(await handler.HandleAsync(day ?? today, ct: ct));
    }

    private static async Task<Results<Ok<WarningView>, ProblemHttpResult>> Warning(long id, WarningQueries handler, ActorAccessor actors, CancellationToken ct) =>
        await handler.GetAsync(id, actors.Actor, ct) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    private static async Task<Results<Ok<PagedList<CaseListItem>>, ProblemHttpResult>> WarningCases(long id, WarningQueries handler, ActorAccessor actors,
        CancellationToken ct, int page = 1, int pageSize = 20) =>
        await handler.CasesAsync(id, page, pageSize, actors.Actor, ct) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    private static async Task<Results<Ok<WarningView>, ProblemHttpResult>> Acknowledge(long id, AcknowledgeRequest request, WarningQueries handler, ActorAccessor actors,
        CancellationToken ct) =>
        await handler.AcknowledgeAsync(id, request, actors.Actor, ct) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    private static async Task<Results<Ok<IReadOnlyList<SensitivePeriodView>>, ProblemHttpResult>> Periods(SensitivePeriods handler, ActorAccessor actors, CancellationToken ct) =>
        await handler.ListAsync(actors.Actor, ct) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    private static async Task<Results<Created<SensitivePeriodView>, ProblemHttpResult>> CreatePeriod(SensitivePeriodRequest request, SensitivePeriods handler,
        ActorAccessor actors, CancellationToken ct) =>
        await handler.SaveAsync(null, request, actors.Actor, ct) is var r && r.IsSuccess
            ? TypedResults.Created($"/api/analysis/sensitive-periods/{r.Value.Id}", r.Value)
            : ProblemResults.From(r);

    private static async Task<Results<Ok<SensitivePeriodView>, ProblemHttpResult>> EditPeriod(int id, SensitivePeriodRequest request, SensitivePeriods handler,
        ActorAccessor actors, CancellationToken ct) =>
        await handler.SaveAsync(id, request, actors.Actor, ct) is var r && r.IsSuccess ? TypedResults.Ok(r.Value) : ProblemResults.From(r);

    /// <summary>Answers with the periods that remain.</summary>
    private static async Task<Results<Ok<IReadOnlyList<SensitivePeriodView>>, ProblemHttpResult>> DeletePeriod(int id, SensitivePeriods handler, ActorAccessor actors,
        CancellationToken ct)
    {
        var deleted = await handler.DeleteAsync(id, actors.Actor, ct);
        if (!deleted.IsSuccess)
        {
            return ProblemResults.From(deleted);
        }

        return await Periods(handler, actors, ct);
    }
}

/// <summary>Reads the analysis filter from a query string: the period and one parameter per dimension.</summary>
public static class AnalysisQueryString
{
    public static Result<AnalysisFilter> Filter(IQueryCollection query, TimeProvider clock)
    {
        var errors = new List<Error>();
        var today = ChinaTime.Today(clock);
        var from = Date(query, "from", new DateOnly(today.Year, 1, 1), errors);
        var to = Date(query, "to", today, errors);
        var constraints = new Dictionary<AnalysisDimension, int?>();
        foreach (var dimension in Enum.GetValues<AnalysisDimension>())
        {
            var text = query[AnalysisDimensions.ParamName(dimension)].ToString();
            if (text.Length == 0)
            {
                continue;
            }

            var key = AnalysisDimensions.Parse(dimension, text);
            if (key.IsSuccess)
            {
                constraints[dimension] = key.Value;
            }
            else
            {
                errors.AddRange(key.Errors);
            }
        }

        if (errors.Count > 0)
        {
            return Result.Failure<AnalysisFilter>([.. errors]);
        }

        var filter = new AnalysisFilter(from, to, constraints);
        return filter.Validate() is { IsSuccess: false } invalid ? Result.Failure<AnalysisFilter>([.. invalid.Errors]) : filter;
    }

    public static Result<AnalysisDimension> Dimension(IQueryCollection query, string name, AnalysisDimension fallback, string? alias = null)
    {
        var text = query[name].ToString();
        if (text.Length == 0 && alias is not null)
        {
            text = query[alias].ToString();
        }

        if (text.Length == 0)
        {
            return fallback;
        }

        return AnalysisDimensions.TryParseName(text, out var dimension) ? dimension : Unknown(name, text);
    }

    public static Result<AnalysisDimension?> OptionalDimension(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return (AnalysisDimension?)null;
        }

        return AnalysisDimensions.TryParseName(text, out var dimension) ? dimension : Unknown(name, text);
    }

    private static Error Unknown(string name, string text) => Error.Validation(name, "validation.unknown_value",
        $"未知的维度“{text}”，可选：{string.Join("、", Enum.GetValues<AnalysisDimension>().Select(AnalysisDimensions.ParamName))}。");

    private static DateOnly Date(IQueryCollection query, string name, DateOnly fallback, List<Error> errors)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(Error.Validation(name, "validation.format", $"日期“{text}”应写作 yyyy-MM-dd。"));
        return fallback;
    }
}
