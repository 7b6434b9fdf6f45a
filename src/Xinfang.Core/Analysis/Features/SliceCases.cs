using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Analysis.Features;

public sealed record SliceQuery(AnalysisFilter Filter, AnalysisDimension Rows, AnalysisDimension? Columns = null);

public sealed record SliceHeader(string Key, string Name);

/// <summary>One number and the query string of the cases behind it (<c>GET /api/analysis/cases?{Drill}</c>).</summary>
public sealed record SliceCell(string Key, int Count, string Drill);

public sealed record SliceRow(string Key, string Name, int Count, IReadOnlyList<SliceCell> Cells, Rate TimelyAcceptance, Rate OnTimeClosure, Rate Satisfaction, string Drill);

public sealed record SliceView(
    DateOnly From, DateOnly To, string Rows, string RowsName, string? Columns, string? ColumnsName,
    IReadOnlyList<SliceHeader> ColumnHeaders, IReadOnlyList<SliceRow> Items, SliceRow Total);

/// <summary>Volumes and the three rates of the filtered cases by one dimension, cross-tabulated by a second (SPEC §1.9).
/// The database counts the cases by the two raw values and their rate facts; names and roots are applied here.</summary>
public sealed class SliceCases(XinfangDbContext db, TimeProvider clock, OrganisationDirectory directory)
{
    public async Task<Result<SliceView>> HandleAsync(SliceQuery query, Actor actor, CancellationToken ct = default)
    {
        if (!AnalysisAccess.MayRead(actor))
        {
            return AnalysisAccess.Refused;
        }

        if (query.Filter.Validate() is { IsSuccess: false } invalid)
        {
            return Result.Failure<SliceView>([.. invalid.Errors]);
        }

        if (query.Columns == query.Rows)
        {
            return Error.Validation("columns", "validation.same_dimension", "列维度不能与行维度相同。");
        }

        var names = await directory.GetAsync(ct);
        var today = ChinaTime.Today(clock);
        var facts = await query.Filter.Apply(db, actor, names).AsNoTracking()
            .Select(Projection(query.Rows, query.Columns))
            .GroupBy(f => new { f.Row, f.Column, f.Facts, AcceptOverdue = f.AcceptDue < today, ReplyOverdue = f.ReplyDue < today })
            .Select(g => new { g.Key.Row, g.Key.Column, g.Key.Facts, g.Key.AcceptOverdue, g.Key.ReplyOverdue, Count = g.Count() })
            .ToListAsync(ct);

        var counted = facts.Select(f => new
        {
            Row = AnalysisDimensions.KeyOf(query.Rows, f.Row, names),
            Column = query.Columns is { } columns ? AnalysisDimensions.KeyOf(columns, f.Column, names) : null,
            Fact = new RateFactCount(0, f.Facts, f.AcceptOverdue, f.ReplyOverdue, f.Count),
        }).ToList();

        var columnKeys = query.Columns is { } by
            ? Order(by, counted.GroupBy(c => c.Column).Select(g => (g.Key, g.Sum(x => x.Fact.Count))))
            : [];
        var headers = query.Columns is { } cd
            ? columnKeys.Select(k => new SliceHeader(AnalysisDimensions.Format(cd, k), AnalysisDimensions.NameOf(cd, k, names))).ToList()
            : [];

        SliceRow RowOf(string key, string name, AnalysisFilter filter, IReadOnlyList<RateFactCount> rowFacts, Func<int?, int> cellCount)
        {
            var rates = ThreeRates.Total(rowFacts, query.Filter.From, query.Filter.To, null);
            var cells = query.Columns is { } cd2
                ? columnKeys.Select(k => new SliceCell(AnalysisDimensions.Format(cd2, k), cellCount(k), filter.With(cd2, k).ToQueryString())).ToList()
                : [];
            return new SliceRow(key, name, rowFacts.Sum(f => f.Count), cells, rates.TimelyAcceptance, rates.OnTimeClosure, rates.Satisfaction, filter.ToQueryString());
        }

        var rows = Order(query.Rows, counted.GroupBy(c => c.Row).Select(g => (g.Key, g.Sum(x => x.Fact.Count))))
            .Select(key =>
            {
                var mine = counted.Where(c => c.Row == key).ToList();
                return RowOf(AnalysisDimensions.Format(query.Rows, key), AnalysisDimensions.NameOf(query.Rows, key, names), query.Filter.With(query.Rows, key),
                    mine.Select(c => c.Fact).ToList(), column => mine.Where(c => c.Column == column).Sum(c => c.Fact.Count));
            })
            .ToList();
        var total = RowOf("total", "合计", query.Filter, counted.Select(c => c.Fact).ToList(),
            column => counted.Where(c => c.Column == column).Sum(c => c.Fact.Count));

        return new SliceView(query.Filter.From, query.Filter.To,
            AnalysisDimensions.ParamName(query.Rows), AnalysisDimensions.ChineseName(query.Rows),
            query.Columns is { } c1 ? AnalysisDimensions.ParamName(c1) : null, query.Columns is { } c2 ? AnalysisDimensions.ChineseName(c2) : null,
            headers, rows, total);
    }

    /// <summary>Months in calendar order, flags and levels by value, everything else largest first; "none" last.</summary>
    private static List<int?> Order(AnalysisDimension dimension, IEnumerable<(int? Key, int Count)> keys)
    {
        var list = keys.ToList();
        var ordered = dimension is AnalysisDimension.Month or AnalysisDimension.SkipLevel || AnalysisDimensions.IsFlag(dimension)
            ? list.OrderBy(k => k.Key is null).ThenBy(k => k.Key)
            : list.OrderBy(k => k.Key is null).ThenByDescending(k => k.Count).ThenBy(k => k.Key);
        return ordered.Select(k => k.Key).ToList();
    }

    private sealed class Fact
    {
        public int? Row { get; init; }
        public int? Column { get; init; }
        public RateFacts Facts { get; init; }
        public DateOnly? AcceptDue { get; init; }
        public DateOnly? ReplyDue { get; init; }
    }

    private static Expression<Func<Case, Fact>> Projection(AnalysisDimension rows, AnalysisDimension? columns)
    {
        var c = Expression.Parameter(typeof(Case), "c");
        Expression Body(AnalysisDimension d)
        {
            var raw = AnalysisDimensions.Raw(d);
            return new ParameterReplacer(raw.Parameters[0], c).Visit(raw.Body);
        }

        var init = Expression.MemberInit(Expression.New(typeof(Fact)),
            Expression.Bind(typeof(Fact).GetProperty(nameof(Fact.Row))!, Body(rows)),
            Expression.Bind(typeof(Fact).GetProperty(nameof(Fact.Column))!, columns is { } col ? Body(col) : Expression.Constant(null, typeof(int?))),
            Expression.Bind(typeof(Fact).GetProperty(nameof(Fact.Facts))!, Expression.Property(c, nameof(Case.RateFacts))),
            Expression.Bind(typeof(Fact).GetProperty(nameof(Fact.AcceptDue))!, Expression.Property(c, nameof(Case.AcceptDue))),
            Expression.Bind(typeof(Fact).GetProperty(nameof(Fact.ReplyDue))!, Expression.Property(c, nameof(Case.ReplyDue))));
        return Expression.Lambda<Func<Case, Fact>>(init, c);
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
