using System.Linq.Expressions;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Analysis;

/// <summary>The cases a figure counts: received in [From, To] (Chinese calendar days), within the reader's data scope,
/// and holding the given value of each constrained dimension (null: holding none).</summary>
public sealed record AnalysisFilter(DateOnly From, DateOnly To, IReadOnlyDictionary<AnalysisDimension, int?> Constraints)
{
    public const int MaxYears = 5;

    public static AnalysisFilter Of(DateOnly from, DateOnly to) => new(from, to, new Dictionary<AnalysisDimension, int?>());

    public AnalysisFilter With(AnalysisDimension dimension, int? key) =>
        this with { Constraints = new Dictionary<AnalysisDimension, int?>(Constraints) { [dimension] = key } };

    public Result Validate()
    {
        if (From.Year < 2000 || To.Year > 2099)
        {
            return Result.Failure(Error.Validation(From.Year < 2000 ? "from" : "to", "validation.range", "统计期间须在 2000 年至 2099 年之间。"));
        }

        if (To < From)
        {
            return Result.Failure(Error.Validation("to", "validation.range", "结束日期不能早于开始日期。"));
        }

        return To > From.AddYears(MaxYears)
            ? Result.Failure(Error.Validation("to", "validation.range", $"统计期间不能超过{MaxYears}年。"))
            : Result.Success();
    }

    /// <summary>The query string that selects the same cases (the drill-down link of a figure).</summary>
    public string ToQueryString()
    {
        var parts = new List<string> { $"from={From:yyyy-MM-dd}", $"to={To:yyyy-MM-dd}" };
        parts.AddRange(Constraints.OrderBy(c => c.Key)
            .Select(c => $"{AnalysisDimensions.ParamName(c.Key)}={Uri.EscapeDataString(AnalysisDimensions.Format(c.Key, c.Value))}"));
        return string.Join("&", parts);
    }

    public IQueryable<Case> Apply(XinfangDbContext db, Actor actor, OrganisationDirectory.Snapshot names)
    {
        var start = ChinaTime.StartOf(From);
        var end = ChinaTime.StartOf(To.AddDays(1));
        // A township's or a unit's cases are found through its own copies (one row per case, indexed by received
        // time), then joined by key: far cheaper than testing every case of the period for a copy of the reader's.
        var cases = CaseScope.UnitRows(db, actor.Scope) is { } copies
            ? copies.Where(u => u.ReceivedAt >= start && u.ReceivedAt < end).Join(db.Set<Case>(), u => u.CaseId, c => c.Id, (_, c) => c)
            : db.Set<Case>().AsQueryable();
        cases = cases.Where(c => c.ReceivedAt >= start && c.ReceivedAt < end);
        foreach (var (dimension, key) in Constraints)
        {
            cases = cases.Where(Matches(dimension, key, names));
        }

        return cases;
    }

    private static Expression<Func<Case, bool>> Matches(AnalysisDimension dimension, int? key, OrganisationDirectory.Snapshot names)
    {
        if (dimension == AnalysisDimension.Category && key is { } root)
        {
            var tree = names.Categories.Keys.Where(id => AnalysisDimensions.RootCategory(names, id) == root).ToList();
            return c => c.CategoryId != null && tree.Contains(c.CategoryId.Value);
        }

        return AnalysisDimensions.Holds(dimension, key);
    }
}
