using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Organisation;
using Xinfang.Core.Search;
using Xinfang.Core.Search.Features;

namespace Xinfang.Core.Knowledge.Features;

public sealed record PublicKnowledgeItem(int Id, KnowledgeKind Kind, string KindName, string Title, IReadOnlyList<string> Tags, string OwnerUnit,
    DateTimeOffset PublishedAt, IReadOnlyList<string>? Highlights);

/// <summary>An entry as a citizen reads it: the approved text (Markdown), who answers for it, and when.</summary>
public sealed record PublicKnowledgeEntry(int Id, KnowledgeKind Kind, string KindName, string Title, string Body, IReadOnlyList<string> Tags,
    string OwnerUnit, DateTimeOffset PublishedAt)
{
    public IReadOnlyList<PublicKnowledgeAttachment> Attachments { get; init; } = [];
}

/// <summary>A file of a public entry (a form, a policy text) as the portal offers it.</summary>
public sealed record PublicKnowledgeAttachment(Guid Id, string FileName, string TypeName, long Size, string Url);

/// <summary>政策问答 on the portal: the knowledge base's public entries (<see cref="KnowledgeEntry.IsOnPortal"/>) listed and
/// searched without an account — the approved version only, never a draft, an internal entry or a reply template.</summary>
public sealed class PublicKnowledge(XinfangDbContext db, OrganisationDirectory directory)
{
    public const int PageSize = 20;

    public async Task<Result<PagedList<PublicKnowledgeItem>>> ListAsync(string? q, KnowledgeKind? kind, int page, CancellationToken ct = default)
    {
        if (page is < 1 or > 100)
        {
            return Error.Validation("page", "validation.out_of_range", "页码须在 1 至 100 之间。");
        }

        if (q is { Length: > KnowledgeQueries.MaxQueryLength })
        {
            return Error.Validation("q", "search.too_long", $"检索词不能超过 {KnowledgeQueries.MaxQueryLength} 个字符。");
        }

        if (kind is { } k && (!Enum.IsDefined(k) || k == KnowledgeKind.ReplyTemplate))
        {
            return Error.Validation("kind", "validation.out_of_range", "类型须为政策咨询、民生热点、便民提示或办事指南。");
        }

        var entries = OnPortal();
        if (kind is { } only)
        {
            entries = entries.Where(e => e.Kind == only);
        }

        var names = await directory.GetAsync(ct);
        var skip = (page - 1) * PageSize;
        if (string.IsNullOrWhiteSpace(q))
        {
            var total = await entries.CountAsync(ct);
            var rows = await entries.OrderByDescending(e => e.PublishedAt).ThenBy(e => e.Id).Skip(skip).Take(PageSize).ToListAsync(ct);
            return new PagedList<PublicKnowledgeItem>(rows.Select(e => Item(e, names, [])).ToList(), page, PageSize, total);
        }

        var words = SearchTexts.Query(q);
        if (words.Phrase.Count == 0)
        {
            return Error.Validation("q", "search.no_words", "检索词须含汉字、字母或数字。");
        }

        var hits = db.Database.SqlQuery<EntryHit>(FullTextSql.KnowledgeHits(db, words)).Join(entries, h => h.Key, e => e.Id, (h, e) => new { Entry = e, h.Score });
        var count = await hits.CountAsync(ct);
        var found = await hits.OrderByDescending(h => h.Score).ThenBy(h => h.Entry.Id).Skip(skip).Take(PageSize).ToListAsync(ct);
        return new PagedList<PublicKnowledgeItem>(found.Select(h => Item(h.Entry, names, [.. words.All])).ToList(), page, PageSize, count);
    }

    public async Task<Result<PublicKnowledgeEntry>> GetAsync(int id, CancellationToken ct = default)
    {
        var e = await OnPortal().Include(e => e.Attachments).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (e is null)
        {
            return Error.NotFound("knowledge.not_found", "没有这条政策问答。");
        }

        var names = await directory.GetAsync(ct);
        return new PublicKnowledgeEntry(e.Id, e.Kind, KnowledgeNames.Of(e.Kind), e.PublishedTitle!, e.PublishedBody!, TagsOf(e), names.UnitName(e.OwnerUnitId) ?? "",
            e.PublishedAt!.Value)
        {
            Attachments = e.Attachments.Where(a => a.IsIn(e.PublishedVersion)).OrderBy(a => a.UploadedAt)
                .Select(a => new PublicKnowledgeAttachment(a.Id, a.FileName, Cases.Attachments.FileType.Of(a.Kind).ChineseName,
                    a.Size, $"/api/portal/knowledge/{e.Id}/attachments/{a.Id}"))
                .ToList(),
        };
    }

    /// <summary><see cref="KnowledgeEntry.IsOnPortal"/> as a query.</summary>
    private IQueryable<KnowledgeEntry> OnPortal() => db.KnowledgeEntries.AsNoTracking()
        .Where(e => e.PublishedVersion != null && e.PublishedIsPublic && e.IsPublic && e.Kind != KnowledgeKind.ReplyTemplate);

    private static PublicKnowledgeItem Item(KnowledgeEntry e, OrganisationDirectory.Snapshot names, IReadOnlyList<string> words) =>
        new(e.Id, e.Kind, KnowledgeNames.Of(e.Kind), e.PublishedTitle!, TagsOf(e), names.UnitName(e.OwnerUnitId) ?? "", e.PublishedAt!.Value,
            words.Count == 0 ? null : Highlights.Of(words, e.PublishedTitle!, e.PublishedBody!));

    private static string[] TagsOf(KnowledgeEntry e) =>
        (e.PublishedTags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
