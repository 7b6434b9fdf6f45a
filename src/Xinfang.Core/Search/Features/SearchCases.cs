using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Search.Features;

public sealed record CaseSearchQuery(string? Q, DateOnly? From = null, DateOnly? To = null, int? Township = null, int? Category = null,
    CaseStatus? Status = null, Channel? Channel = null, int Page = 1, int PageSize = 20);

/// <summary>One case found: <see cref="MatchedBy"/> is <c>text</c>, <c>phone</c> or <c>idNumber</c>; each highlight is a
/// passage of the subject, content or reply, HTML-encoded, with the query's words in &lt;mark&gt;.</summary>
public sealed record CaseSearchHit(Guid Id, string Number, string Subject, CaseStatus Status, string StatusName, Channel Channel,
    DateTimeOffset ReceivedAt, string? Township, string? Category, double Score, string MatchedBy, IReadOnlyList<string> Highlights);

/// <summary><see cref="Total"/> counts the matches in scope; when <see cref="TotalIsExact"/> is false there are more than
/// that, and only the newest <see cref="SearchCases.MaxRanked"/> of them were ranked (add words or filters to narrow).</summary>
public sealed record CaseSearchResult(string Query, IReadOnlyList<string> Words, int Total, bool TotalIsExact, int Page, int PageSize,
    IReadOnlyList<CaseSearchHit> Items);

/// <summary>全文检索: cases found by the words of their subject, content, reply and timeline (segmented, ranked, an exact
/// phrase first), or by a petitioner's phone or ID number through its keyed hash — always within the searcher's data
/// scope, so that a township never finds another township's case, even by a word in it.</summary>
public sealed class SearchCases(XinfangDbContext db, OrganisationDirectory directory, TimeProvider clock)
{
    public const int MaxQueryLength = 100;
    public const int MaxPageSize = 50;
    public const int MaxPage = 200;

    /// <summary>How many of the newest matching cases are ranked by relevance. A frequent word matches a tenth of a
    /// province's cases; ranking them all would take seconds, and nobody reads past the first pages.</summary>
    public const int MaxRanked = 500;

    public async Task<Result<CaseSearchResult>> HandleAsync(CaseSearchQuery query, Actor actor, CancellationToken ct = default)
    {
        if (actor.IsInAny([Roles.Citizen, Roles.Integration]))
        {
            return Error.Forbidden("search.forbidden", "无权检索信访事项。");
        }

        if (Check(query) is { } error)
        {
            return error;
        }

        var text = query.Q!.Trim();
        var compact = text.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var names = await directory.GetAsync(ct);
        IQueryable<Case> cases = db.Cases.AsNoTracking().VisibleTo(actor.Scope);
        cases = Filter(cases, query, names);

        string matchedBy;
        IReadOnlyList<string> words = [];
        List<(Guid Id, double Score)> ranked;
        var skip = (query.Page - 1) * query.PageSize;
        int total;
        var exact = true;
        if (PhoneNumber.IsValid(compact) || (compact.Length == 18 && ChineseIdNumber.IsValid(compact)))
        {
            matchedBy = PhoneNumber.IsValid(compact) ? "phone" : "idNumber";
            var hash = db.Protector.BlindIndex(compact);
            var petitioners = db.Petitioners;
            var found = matchedBy == "phone"
                ? cases.Where(c => petitioners.Any(p => p.CaseId == c.Id && p.PhoneHash == hash))
                : cases.Where(c => petitioners.Any(p => p.CaseId == c.Id && p.IdNumberHash == hash));
            total = await found.CountAsync(ct);
            ranked = (await found.OrderByDescending(c => c.ReceivedAt).ThenBy(c => c.Id).Skip(skip).Take(query.PageSize).Select(c => c.Id).ToListAsync(ct))
                .Select(id => (id, 1.0)).ToList();
        }
        else
        {
            matchedBy = "text";
            var searchWords = SearchTexts.Query(text);
            words = [.. searchWords.All];
            if (searchWords.Phrase.Count == 0)
            {
                return Error.Validation("q", "search.no_words", "检索词须含汉字、字母或数字。");
            }

            // The newest matches within scope and filters (row order is the order of receipt), then only those ranked.
            // The index is sliced by the scope's tag, else by the township filtered on; the other is one more group.
            var place = query.Township is { } township ? CaseSearchTags.Place(township) : null;
            var prefix = CaseSearchTags.Scope(actor.Scope) ?? place;
            List<IReadOnlyList<string>> tags = place is not null && prefix != place ? [[place]] : [];

            var everything = actor.Scope.Kind == DataScopeKind.District && query is { From: null, To: null, Township: null, Category: null, Status: null, Channel: null };
            var window = await NewestMatches.FindAsync(db, searchWords, everything ? null : cases, prefix, tags, MaxRanked, clock.GetUtcNow(), ct);
            total = window.Length;
            exact = window.Length < MaxRanked;
            var scores = window.Length == 0 ? [] : await db.Database.SqlQuery<CaseHit>(FullTextSql.RankCases(db, searchWords, window)).ToListAsync(ct);
            ranked = scores.OrderByDescending(h => h.Score).ThenByDescending(h => h.Row)
                .Skip(skip).Take(query.PageSize).Select(h => (h.Key, h.Score)).ToList();
        }

        var ids = ranked.Select(r => r.Id).ToList();
        var rows = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Number, c.Subject, c.Content, c.ReplyText, c.Status, c.Channel, c.ReceivedAt, c.RegionId, c.CategoryId })
            .ToDictionaryAsync(c => c.Id, ct);
        var items = ranked.Where(r => rows.ContainsKey(r.Id)).Select(r =>
        {
            var c = rows[r.Id];
            return new CaseSearchHit(c.Id, c.Number, c.Subject, c.Status, CaseNames.Of(c.Status), c.Channel, c.ReceivedAt,
                names.RegionName(c.RegionId), names.CategoryPath(c.CategoryId), Math.Round(r.Score, 4), matchedBy,
                Highlights.Of(words, c.Subject, c.Content, c.ReplyText));
        }).ToList();
        return new CaseSearchResult(text, words, total, exact, query.Page, query.PageSize, items);
    }

    private static Error? Check(CaseSearchQuery q)
    {
        if (string.IsNullOrWhiteSpace(q.Q))
        {
            return Error.Validation("q", "search.empty", "请输入检索词。");
        }

        if (q.Q.Length > MaxQueryLength)
        {
            return Error.Validation("q", "search.too_long", $"检索词不能超过 {MaxQueryLength} 个字符。");
        }

        if (q.Page is < 1 or > MaxPage)
        {
            return Error.Validation("page", "validation.out_of_range", $"页码须在 1 至 {MaxPage} 之间。");
        }

        if (q.PageSize is < 1 or > MaxPageSize)
        {
            return Error.Validation("pageSize", "validation.out_of_range", $"每页条数须在 1 至 {MaxPageSize} 之间。");
        }

        if ((q.Page - 1) * q.PageSize >= MaxRanked)
        {
            return Error.Validation("page", "search.beyond_ranked", $"检索结果只按相关度列出最新的 {MaxRanked} 件，请增加检索词或筛选条件。");
        }

        foreach (var (name, day) in new[] { ("from", q.From), ("to", q.To) })
        {
            if (day is { Year: < 2000 or > 2100 })
            {
                return Error.Validation(name, "validation.out_of_range", "日期须在 2000 年至 2100 年之间。");
            }
        }

        return q.From is { } from && q.To is { } to && to < from ? Error.Validation("to", "validation.range", "结束日期不能早于开始日期。") : null;
    }

    private static IQueryable<Case> Filter(IQueryable<Case> cases, CaseSearchQuery q, OrganisationDirectory.Snapshot names)
    {
        if (q.From is { } from)
        {
            var start = ChinaTime.StartOf(from);
            cases = cases.Where(c => c.ReceivedAt >= start);
        }

        if (q.To is { } to)
        {
            var end = ChinaTime.StartOf(to.AddDays(1));
            cases = cases.Where(c => c.ReceivedAt < end);
        }

        if (q.Township is { } township)
        {
            cases = cases.Where(c => c.RegionId == township);
        }

        if (q.Category is { } category)
        {
            // A top-level category stands for itself and every category beneath it.
            var ids = names.Categories.Values.Where(c => c.Id == category || c.ParentId == category).Select(c => (int?)c.Id).ToList();
            cases = cases.Where(c => ids.Contains(c.CategoryId));
        }

        if (q.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (q.Channel is { } channel)
        {
            cases = cases.Where(c => c.Channel == channel);
        }

        return cases;
    }
}
