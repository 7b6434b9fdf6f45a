using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Cases.Features;

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
public sealed class LeaderDashboard(XinfangDbContext db, TimeProvider clock, OrganisationDirectory directory)
{
    public const int MaxYears = 5;

    public async Task<Result<DashboardView>> HandleAsync(DateOnly from, DateOnly to, Actor actor, CancellationToken ct = default)
    {
        if (to < from)
        {
            return Error.Validation("to", "validation.range", "结束日期不能早于开始日期。");
        }

        if (to > from.AddYears(MaxYears))
        {
            return Error.Validation("to", "validation.range", $"统计期间不能超过{MaxYears}年（月度走势过长无法阅读）。");
        }

        var names = await directory.GetAsync(ct);
        var today = ChinaTime.Today(clock);
        var first = ChinaTime.StartOf(from);
        var last = ChinaTime.StartOf(to.AddDays(1));
        var period = db.Cases.AsNoTracking().VisibleTo(actor.Scope).Where(c => c.ReceivedAt >= first && c.ReceivedAt < last);

        // Two passes over the period's covering index: the rates by month together with the channel, then the
        // category, township and lead unit; each returns at most a few thousand counts, summed here.
        var byFacts = await period
            .GroupBy(c => new { c.ReceivedMonth, c.RateFacts, AcceptOverdue = c.AcceptDue < today, ReplyOverdue = c.ReplyDue < today, c.Channel })
            .Select(g => new { g.Key.ReceivedMonth, g.Key.RateFacts, g.Key.AcceptOverdue, g.Key.ReplyOverdue, g.Key.Channel, Count = g.Count() })
            .ToListAsync(ct);
        var byPlace = await period
            .GroupBy(c => new { c.CategoryId, c.RegionId, c.LeadUnitId })
            .Select(g => new { g.Key.CategoryId, g.Key.RegionId, g.Key.LeadUnitId, Count = g.Count() })
            .ToListAsync(ct);

        var rates = ThreeRates.Summarise(
            byFacts.Select(x => new RateFactCount(x.ReceivedMonth, x.RateFacts, x.AcceptOverdue, x.ReplyOverdue, x.Count)).ToList(), from, to, null);
        var byChannel = Volumes(byFacts, x => CaseNames.Of(x.Channel), x => x.Count);
        var byCategory = Volumes(byPlace, x => TopCategory(names, x.CategoryId), x => x.Count);
        var byTownship = Volumes(byPlace.Where(x => x.RegionId is not null), x => names.RegionName(x.RegionId) ?? "—", x => x.Count);
        var byUnit = Volumes(byPlace.Where(x => x.LeadUnitId is not null), x => names.UnitName(x.LeadUnitId) ?? "—", x => x.Count).Take(10).ToList();

        // At most one row per unit (≈ 90): the ten worst are picked here.
        var overdue = await CaseQueues.OverdueByLeadUnit(db.Cases.AsNoTracking().VisibleTo(actor.Scope), clock.GetUtcNow()).ToListAsync(ct);
        var mostOverdue = overdue.OrderByDescending(x => x.Count).Take(10)
            .Select(x => new OverdueUnit(x.UnitId, names.UnitName(x.UnitId) ?? "—", x.Count, today.DayNumber - x.Earliest.DayNumber))
            .ToList();

        return new DashboardView(rates.Period, rates.Months, byChannel, byCategory, byTownship, byUnit, mostOverdue);
    }

    private static List<Volume> Volumes<T>(IEnumerable<T> counts, Func<T, string> name, Func<T, int> count) =>
        counts.GroupBy(name).Select(g => new Volume(g.Key, g.Sum(count))).OrderByDescending(v => v.Count).ToList();

    private static string TopCategory(OrganisationDirectory.Snapshot names, int? categoryId) =>
        categoryId is null ? "待补录"
        : names.Categories.TryGetValue(categoryId.Value, out var category) && category.ParentId is { } parent
            ? names.CategoryName(parent) ?? category.Name
            : names.CategoryName(categoryId) ?? "—";
}
