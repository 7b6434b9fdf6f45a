using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Calendar.Features;

/// <summary>Adds or replaces a year's festivals and make-up working days. <paramref name="ExpectedRevision"/> (0 for
/// a year not yet stored) refuses the save when someone else changed the year since it was read.</summary>
public sealed record SaveCalendarYear(int Year, string? Notice, IReadOnlyList<FestivalInput>? Festivals, int? ExpectedRevision = null);

/// <param name="OpenCasesDueInYear">Open cases whose current deadline falls in the year: computed and stored under the
/// old arrangement, they keep it — only deadlines computed from now on use the new one.</param>
public sealed record CalendarYearSaved(CalendarYearView Year, int OpenCasesDueInYear);

/// <summary>
/// Stores a year of the holiday calendar (administrators only; audited by the interceptor) and puts it in force at
/// once in this instance (others within <see cref="DeadlinePolicyProvider.RefreshInterval"/>). A past or current year
/// may be corrected; deadlines already stored on cases are not recomputed.
/// </summary>
public sealed class SaveCalendarYearHandler(XinfangDbContext db, TimeProvider clock, DeadlinePolicyProvider policies, ICasesDueInYear casesDue)
{
    public async Task<Result<CalendarYearSaved>> HandleAsync(SaveCalendarYear request, Actor actor, CancellationToken ct = default)
    {
        if (DeadlineAdmin.Check(actor) is { } forbidden)
        {
            return forbidden;
        }

        var validated = CalendarYearRules.Validate(request.Year, request.Notice, request.Festivals);
        if (!validated.IsSuccess)
        {
            return Result.Failure<CalendarYearSaved>([.. validated.Errors]);
        }

        var row = await db.CalendarYears.FindAsync([request.Year], ct);
        if (request.ExpectedRevision is { } expected && expected != (row?.Revision ?? 0))
        {
            return Stale(request.Year);
        }

        var now = clock.GetUtcNow();
        var adding = row is null;
        if (row is null)
        {
            row = new StoredCalendarYear(validated.Value, now);
            db.CalendarYears.Add(row);
        }
        else
        {
            row.Replace(validated.Value, now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved elsewhere since it was read here: the revision no longer matches.
            return Stale(request.Year);
        }
        catch (DbUpdateException) when (adding)
        {
            // Added elsewhere at the same moment: the primary key is taken.
            return Stale(request.Year);
        }

        await policies.ReloadAsync(ct);
        var openDueInYear = await casesDue.CountAsync(request.Year, ct);
        var view = new CalendarYearView(request.Year, validated.Value.Notice, validated.Value.Festivals, row.Revision, row.UpdatedAt,
            CalendarYearView.DaysOf(request.Year, policies.Current.Calculator.Calendar));
        return new CalendarYearSaved(view, openDueInYear);
    }

    private static Error Stale(int year) =>
        Error.Conflict("calendar.stale_revision", $"{year}年的节假日安排已被他人修改，请刷新后重试。");
}
