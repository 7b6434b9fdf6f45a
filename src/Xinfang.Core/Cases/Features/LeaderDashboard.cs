using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Cases.Features;

public sealed record MonthRates(string Month, ThreeRatesView Rates);

public sealed record Volume(string Name, int Count);

public sealed record OverdueUnit(int UnitId, string Name, int Overdue, int MaxDaysOverdue);

public sealed record DashboardView(
    ThreeRatesView Rates,
    IReadOnlyList<MonthRates> Trend,
    IReadOnlyList<Volume> ByChannel,
    IReadOnlyList<Volume> ByCategory,
    IReadOnlyList<Volume> ByTownship,
    IReadOnlyList<Volume> ByUnit,
    IReadOnlyList<OverdueUnit> MostOverdueUnits);

/// <summary>The leader's view of a period (SPEC §1.7): the three rates and their monthly trend, volume by
/// channel, category, township and unit, and the ten units with the most overdue open cases.</summary>
public sealed class LeaderDashboard(XinfangDbContext db, TimeProvider clock, ThreeRates threeRates, OrganisationDirectory directory)
{
    public async Task<Result<DashboardView>> HandleAsync(DateOnly from, DateOnly to, Actor actor, CancellationToken ct = default)
    {
        var rates = await threeRates.HandleAsync(new ThreeRatesQuery(from, to, null), actor, ct);
        if (!rates.IsSuccess)
        {
            return Result.Failure<DashboardView>([.. rates.Errors]);
        }

        var trend = new List<MonthRates>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var start = month < from ? from : month;
            var end = month.AddMonths(1).AddDays(-1) > to ? to : month.AddMonths(1).AddDays(-1);
            var monthRates = await threeRates.HandleAsync(new ThreeRatesQuery(start, end, null), actor, ct);
            trend.Add(new MonthRates($"{month:yyyy-MM}", monthRates.Value));
        }

        var names = await directory.GetAsync(db, ct);
        var first = ChinaTime.StartOf(from);
        var last = ChinaTime.StartOf(to.AddDays(1));
        var period = db.Cases.AsNoTracking().VisibleTo(actor.Scope).Where(c => c.ReceivedAt >= first && c.ReceivedAt < last);

        var byChannel = (await period.GroupBy(c => c.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .Select(x => new Volume(CaseNames.Of(x.Key), x.Count)).OrderByDescending(v => v.Count).ToList();
        var byCategory = (await period.GroupBy(c => c.CategoryId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .GroupBy(x => TopCategory(names, x.Key)).Select(g => new Volume(g.Key, g.Sum(x => x.Count))).OrderByDescending(v => v.Count).ToList();
        var byTownship = (await period.Where(c => c.RegionId != null).GroupBy(c => c.RegionId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .Select(x => new Volume(names.RegionName(x.Key) ?? "—", x.Count)).OrderByDescending(v => v.Count).ToList();
        var byUnit = (await period.Where(c => c.LeadUnitId != null).GroupBy(c => c.LeadUnitId).Select(g => new { g.Key, Count = g.Count() })
                .OrderByDescending(x => x.Count).Take(10).ToListAsync(ct))
            .Select(x => new Volume(names.UnitName(x.Key) ?? "—", x.Count)).ToList();

        var today = ChinaTime.Today(clock);
        var overdue = await db.Cases.AsNoTracking().VisibleTo(actor.Scope)
            .Where(c => c.DueDate < today && c.LeadUnitId != null)
            .GroupBy(c => c.LeadUnitId)
            .Select(g => new { g.Key, Count = g.Count(), Earliest = g.Min(c => c.DueDate) })
            .OrderByDescending(x => x.Count).Take(10)
            .ToListAsync(ct);
        var mostOverdue = overdue
            .Select(x => new OverdueUnit(x.Key!.Value, names.UnitName(x.Key) ?? "—", x.Count, today.DayNumber - x.Earliest!.Value.DayNumber))
            .ToList();

        return new DashboardView(rates.Value, trend, byChannel, byCategory, byTownship, byUnit, mostOverdue);
    }

    private static string TopCategory(OrganisationDirectory.Snapshot names, int categoryId) =>
        names.Categories.TryGetValue(categoryId, out var category) && category.ParentId is { } parent
            ? names.CategoryName(parent) ?? category.Name
            : names.CategoryName(categoryId) ?? "—";
}
