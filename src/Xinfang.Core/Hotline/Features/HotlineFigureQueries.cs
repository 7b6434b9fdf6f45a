using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Hotline.Features;

public sealed record HotlineFiguresAnswer(DateOnly From, DateOnly To, string By, IReadOnlyList<HotlineFigureRow> Rows, HotlineFigureRow? Total,
    IReadOnlyDictionary<string, string> Definitions);

/// <summary>The figures of a period (whole China days, <paramref name="from"/> to <paramref name="to"/> inclusive) for the
/// bureau that supervises the operator: supervisors, leaders, dispatchers and the administrator.</summary>
public sealed class HotlineFigureQueries(XinfangDbContext db, HotlineSettings settings, HotlineFigureSummaries summaries)
{
    public const int MaxDays = 400;

    public async Task<Result<HotlineFiguresAnswer>> HandleAsync(DateOnly? from, DateOnly? to, string? by, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsInAny([Roles.Supervisor, Roles.Leader, Roles.Dispatcher, Roles.Admin]))
        {
            return Error.Forbidden("hotline.figures_forbidden", "只有督办员、领导、派单员或管理员可以查看热线运行指标。");
        }

        if (from is null || to is null)
        {
            return Error.Validation(from is null ? "from" : "to", "validation.required", "请提供起止日期 from 和 to（yyyy-MM-dd）。");
        }

        if (to < from || to.Value.DayNumber - from.Value.DayNumber >= MaxDays || from.Value.Year < 2000 || to.Value.Year > 2100)
        {
            return Error.Validation("to", "validation.out_of_range", $"结束日期不能早于开始日期，时段不超过{MaxDays}天，年份在2000至2100之间。");
        }

        FigureGrouping grouping;
        if (string.IsNullOrWhiteSpace(by))
        {
            grouping = FigureGrouping.Total;
        }
        else if (!Enum.TryParse(by.Trim(), ignoreCase: true, out grouping) || !Enum.IsDefined(grouping) || int.TryParse(by, out _))
        {
            return Error.Validation("by", "hotline.unknown_grouping", "by 须为 seat、agent、hour、day 或 shift。");
        }

        var start = new DateTimeOffset(from.Value.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);
        var end = new DateTimeOffset(to.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);
        await summaries.RefreshAsync(start, end, ct: ct);
        var hours = await db.HotlineHourFigures.AsNoTracking().Where(h => h.Hour >= start && h.Hour < end).ToListAsync(ct);
        var agents = await db.HotlineAgents.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var rows = HotlineFigures.Aggregate(hours, grouping, settings.Shifts, agents);
        var totals = grouping == FigureGrouping.Total ? rows : HotlineFigures.Aggregate(hours, FigureGrouping.Total, settings.Shifts);
        var total = totals.Count > 0 ? totals[0] : null;
        return new HotlineFiguresAnswer(from.Value, to.Value, KebabCase.Of(grouping), rows, total, HotlineFigures.Definitions);
    }
}
