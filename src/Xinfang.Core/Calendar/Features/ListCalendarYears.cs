using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Calendar.Features;

/// <summary>The years the calendar holds, newest first (administrators only).</summary>
public sealed class ListCalendarYears(XinfangDbContext db)
{
    public async Task<Result<IReadOnlyList<CalendarYearSummary>>> HandleAsync(Actor actor, CancellationToken ct = default)
    {
        if (DeadlineAdmin.Check(actor) is { } forbidden)
        {
            return forbidden;
        }

        var rows = await db.CalendarYears.AsNoTracking().OrderByDescending(y => y.Year).ToListAsync(ct);
        return Result.Success<IReadOnlyList<CalendarYearSummary>>([.. rows.Select(r =>
        {
            var year = r.ToHolidayYear();
            return new CalendarYearSummary(r.Year, r.Notice, year.Festivals.Count, year.Festivals.Sum(f => f.Workdays.Count), r.Revision, r.UpdatedAt);
        })]);
    }
}
