using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Calendar.Features;

/// <summary>One stored year with its special days as the deadline arithmetic now counts them (administrators only).</summary>
public sealed class GetCalendarYear(XinfangDbContext db, DeadlinePolicyProvider policies)
{
    public async Task<Result<CalendarYearView>> HandleAsync(int year, Actor actor, CancellationToken ct = default)
    {
        if (DeadlineAdmin.Check(actor) is { } forbidden)
        {
            return forbidden;
        }

        if (!CalendarYearRules.IsValidYear(year))
        {
            return CalendarYearRules.YearOutOfRange();
        }

        if (await db.CalendarYears.FindAsync([year], ct) is not { } row)
        {
            return Error.NotFound("calendar.year_not_found", $"{year}年的节假日安排尚未录入，期限暂按周末计算。");
        }

        // An administrator looks at this to check it: show what counts now, even if another instance just saved.
        await policies.RefreshIfChangedAsync(ct);
        var stored = row.ToHolidayYear();
        return new CalendarYearView(year, stored.Notice, stored.Festivals, row.Revision, row.UpdatedAt,
            CalendarYearView.DaysOf(year, policies.Current.Calculator.Calendar));
    }
}
