using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Calendar;
using Xinfang.Core.Common;

namespace Xinfang.Web.Api;

public sealed record DueDateView(DateOnly Start, int Days, DayCountMode Mode, DateOnly Due, bool CalendarCovered, string? Note);

public static class CalendarApi
{
    public static RouteGroupBuilder MapCalendarApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/calendar").WithTags("工作日历").RequireAuthorization();
        group.MapGet("/due", Due).WithSummary("计算期限届满日（自然日或工作日，含法定节假日与调休）");
        return group;
    }

    public static Results<Ok<DueDateView>, ProblemHttpResult> Due(DeadlineCalculator calculator, DateOnly? start, int? days, string? mode = "calendar")
    {
        var errors = new List<Error>();
        if (start is null) errors.Add(Error.Validation("start", "validation.required", "请提供起算日期 start（yyyy-MM-dd）。"));
        if (days is null) errors.Add(Error.Validation("days", "validation.required", "请提供期限天数 days。"));
        else if (days is < 0 or > 3650) errors.Add(Error.Validation("days", "validation.out_of_range", "期限天数须在 0 至 3650 之间。"));
        DayCountMode parsed = DayCountMode.Calendar;
        if (mode is not null && !Enum.TryParse(mode, ignoreCase: true, out parsed))
        {
            errors.Add(Error.Validation("mode", "validation.unknown_value", "mode 只能是 calendar（自然日）或 working（工作日）。"));
        }

        if (errors.Count > 0)
        {
            return ProblemResults.From(Result.Failure([.. errors]));
        }

        var due = calculator.Due(start!.Value, days!.Value, parsed);
        var covered = calculator.Calendar.Covers(start.Value) && calculator.Calendar.Covers(due);
        return TypedResults.Ok(new DueDateView(start.Value, days.Value, parsed, due, covered,
            covered ? null : "所涉年份尚无国务院节假日安排数据，仅按周末计算；请管理员补充该年度节假日。"));
    }
}
