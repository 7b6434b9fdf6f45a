using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Routing.Features;

/// <summary>How often the registrar's final category was the model's first proposal, or among its three, for cases
/// registered in a period (cases still without a category are not yet decided). Rates are fractions, null without cases.</summary>
public sealed record RoutingAccuracyView(DateOnly From, DateOnly To, int Suggested, int Decided, int FirstRight, int InTopThree,
    double? FirstRate, double? TopThreeRate, RoutingModelView? Model);

public sealed class RoutingAccuracy(XinfangDbContext db)
{
    public async Task<Result<RoutingAccuracyView>> HandleAsync(DateOnly from, DateOnly to, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsInAny([Roles.Admin, Roles.Supervisor, Roles.Leader, Roles.Dispatcher]))
        {
            return Error.Forbidden("routing.accuracy_forbidden", "无权查看类别建议的准确率。");
        }

        if (from.Year is < 2000 or > 2100 || to.Year is < 2000 or > 2100)
        {
            return Error.Validation(from.Year is < 2000 or > 2100 ? "from" : "to", "routing.bad_date", "日期须在 2000 年至 2100 年之间。");
        }

        if (to < from)
        {
            return Error.Validation("to", "routing.bad_period", "结束日期不能早于开始日期。");
        }

        var (start, end) = (ChinaTime.StartOf(from), ChinaTime.StartOf(to.AddDays(1)));
        var rows = from s in db.CategorySuggestions
                   join c in db.Cases on s.CaseId equals c.Id
                   where s.SuggestedAt >= start && s.SuggestedAt < end
                   select new { c.CategoryId, s.First, s.Second, s.Third };
        var counts = await rows.GroupBy(_ => 1).Select(g => new
        {
            Suggested = g.Count(),
            Decided = g.Count(r => r.CategoryId != null),
            First = g.Count(r => r.CategoryId == r.First),
            Three = g.Count(r => r.CategoryId == r.First || r.CategoryId == r.Second || r.CategoryId == r.Third),
        }).SingleOrDefaultAsync(ct);
        var model = await db.RoutingModels.AsNoTracking().OrderByDescending(m => m.Id).Select(m => new RoutingModelView(m.Id, m.TrainedAt, m.TrainedBy,
            m.Examples, m.Categories, m.HeldOutMacroF1, m.HeldOutTop3)).FirstOrDefaultAsync(ct);
        var decided = counts?.Decided ?? 0;
        return new RoutingAccuracyView(from, to, counts?.Suggested ?? 0, decided, counts?.First ?? 0, counts?.Three ?? 0,
            decided == 0 ? null : Math.Round((double)counts!.First / decided, 4), decided == 0 ? null : Math.Round((double)counts!.Three / decided, 4), model);
    }
}
