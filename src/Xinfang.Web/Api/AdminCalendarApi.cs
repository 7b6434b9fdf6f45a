using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Calendar;
using Xinfang.Core.Calendar.Features;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Web.Api;

/// <summary>The body of <c>PUT /api/admin/calendar/{year}</c>: the year's festivals with their make-up working days.</summary>
public sealed record CalendarYearRequest(string? Notice, IReadOnlyList<FestivalInput>? Festivals, int? ExpectedRevision = null);

/// <summary>The holiday calendar and the deadline settings, kept by administrators (the use cases check the role;
/// a signed-in non-administrator gets 403 with code <c>admin.only</c>). A save applies to deadlines computed from
/// then on; deadlines stored on cases do not change.</summary>
public static class AdminCalendarApi
{
    public static RouteGroupBuilder MapAdminCalendarApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin").WithTags("系统管理：节假日与办理期限").RequireAuthorization();
        group.MapGet("/calendar", ListYears).WithSummary("已录入节假日安排的年度");
        group.MapGet("/calendar/{year:int}", GetYear).WithSummary("某年度的节假日与调休上班日（含按此计算期限的特殊日期）");
        group.MapPut("/calendar/{year:int}", PutYear).WithSummary("新增或替换某年度的节假日与调休上班日（只影响此后计算的期限）");
        group.MapGet("/deadlines", GetDeadlines).WithSummary("各办理环节的期限、延期上限与临期提醒");
        group.MapPut("/deadlines", PutDeadlines).WithSummary("修改办理期限设置（只影响此后计算的期限）");
        return group;
    }

    public static async Task<Results<Ok<IReadOnlyList<CalendarYearSummary>>, ProblemHttpResult>> ListYears(ListCalendarYears handler, ActorAccessor actors, CancellationToken ct)
    {
        var result = await handler.HandleAsync(actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<CalendarYearView>, ProblemHttpResult>> GetYear(int year, GetCalendarYear handler, ActorAccessor actors, CancellationToken ct)
    {
        var result = await handler.HandleAsync(year, actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<CalendarYearSaved>, ProblemHttpResult>> PutYear(int year, CalendarYearRequest request, SaveCalendarYearHandler handler, ActorAccessor actors, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new SaveCalendarYear(year, request.Notice, request.Festivals, request.ExpectedRevision), actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<DeadlineSettingsView>, ProblemHttpResult>> GetDeadlines(GetDeadlineSettings handler, ActorAccessor actors, CancellationToken ct)
    {
        var result = await handler.HandleAsync(actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<DeadlineSettingsView>, ProblemHttpResult>> PutDeadlines(SaveDeadlineSettings request, SaveDeadlineSettingsHandler handler, ActorAccessor actors, CancellationToken ct)
    {
        var result = await handler.HandleAsync(request, actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }
}
