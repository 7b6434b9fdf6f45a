using Xinfang.Core.Cases.Attachments;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Search;
using Xinfang.Core.Search.Features;

namespace Xinfang.Core.Knowledge.Features;

public sealed record KnowledgeListQuery(string? Q = null, KnowledgeKind? Kind = null, KnowledgeStatus? Status = null, bool Mine = false,
    bool Stale = false, int Page = 1, int PageSize = 20);

/// <summary>Reading the knowledge base: lists and full-text search over published entries (an owner also sees its unit's
/// drafts), one entry with its versions, the difference between two versions, and entries that answer a matter's text.</summary>
public sealed class KnowledgeQueries(XinfangDbContext db, TimeProvider clock, OrganisationDirectory directory)
{
    public const int MaxPageSize = 50;
    public const int MaxQueryLength = 100;

    public async Task<Result<PagedList<KnowledgeListItem>>> ListAsync(KnowledgeListQuery query, Actor actor, CancellationToken ct = default)
    {
        if (!KnowledgeAccess.MayRead(actor))
        {
            return Error.Forbidden("knowledge.read_forbidden", "无权查看知识库。");
        }

        if (query.Page is < 1 or > 1000)
        {
            return Error.Validation("page", "validation.out_of_range", "页码须在 1 至 1000 之间。");
        }

        if (query.PageSize is < 1 or > MaxPageSize)
        {
            return Error.Validation("pageSize", "validation.out_of_range", $"每页条数须在 1 至 {MaxPageSize} 之间。");
        }

        if (query.Q is { Length: > MaxQueryLength })
        {
            return Error.Validation("q", "search.too_long", $"检索词不能超过 {MaxQueryLength} 个字符。");
        }

        var today = ChinaTime.Today(clock);
        var admin = actor.IsIn(Roles.Admin);
        var entries = db.KnowledgeEntries.AsNoTracking().Where(e => e.PublishedVersion != null || admin || e.OwnerUnitId == actor.UnitId);
        if (query.Mine)
        {
            entries = entries.Where(e => e.OwnerUnitId == actor.UnitId);
        }

        if (query.Kind is { } kind)
        {
            entries = entries.Where(e => e.Kind == kind);
        }

        if (query.Status is { } status)
        {
            entries = entries.Where(e => e.Status == status);
        }

        if (query.Stale)
        {
            entries = entries.Where(e => e.PublishedVersion != null && e.Status != KnowledgeStatus.Withdrawn && e.ReviewBy < today);
        }

        var names = await directory.GetAsync(ct);
        IReadOnlyList<string> words = [];
        List<(KnowledgeEntry Entry, double? Score)> page;
        int total;
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var searchWords = SearchTexts.Query(query.Q);
            if (searchWords.Phrase.Count == 0)
            {
                return Error.Validation("q", "search.no_words", "检索词须含汉字、字母或数字。");
            }

            words = [.. searchWords.All];
            var hits = db.Database.SqlQuery<EntryHit>(FullTextSql.KnowledgeHits(db, searchWords))
                .Join(entries, h => h.Key, e => e.Id, (h, e) => new { Entry = e, h.Score });
            total = await hits.CountAsync(ct);
            page = (await hits.OrderByDescending(h => h.Score).ThenBy(h => h.Entry.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(ct))
                .Select(h => (h.Entry, (double?)h.Score)).ToList();
        }
        else
        {
            total = await entries.CountAsync(ct);
            page = (await entries.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(ct))
                .Select(e => (e, (double?)null)).ToList();
        }

        var items = page.Select(p => Item(p.Entry, names, today, p.Score, words)).ToList();
        return new PagedList<KnowledgeListItem>(items, query.Page, query.PageSize, total);
    }

    /// <summary>Published entries that answer a matter's text: its most telling words, any of them, best match first
    /// (for the intake form, the agent's caller card and the reply).</summary>
    public async Task<IReadOnlyList<KnowledgeListItem>> SuggestAsync(string? text, Actor actor, int take = 3, CancellationToken ct = default)
    {
        if (!KnowledgeAccess.MayRead(actor) || string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var keywords = SearchTexts.Keywords(text.Length > 2000 ? text[..2000] : text, 8);
        if (keywords.Count == 0)
        {
            return [];
        }

        var words = new SearchWords([keywords[0]], [keywords]);
        var published = db.KnowledgeEntries.AsNoTracking().Where(e => e.PublishedVersion != null);
        var hits = await db.Database.SqlQuery<EntryHit>(FullTextSql.KnowledgeHits(db, words))
            .Join(published, h => h.Key, e => e.Id, (h, e) => new { Entry = e, h.Score })
            .OrderByDescending(h => h.Score).ThenBy(h => h.Entry.Id).Take(take).ToListAsync(ct);
        var names = await directory.GetAsync(ct);
        var today = ChinaTime.Today(clock);
        return hits.Select(h => Item(h.Entry, names, today, h.Score, keywords)).ToList();
    }

    public async Task<Result<KnowledgeEntryView>> GetAsync(int id, Actor actor, CancellationToken ct = default)
    {
        var entry = await db.KnowledgeEntries.AsNoTracking().Include(e => e.Versions).Include(e => e.Attachments).AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null || !KnowledgeAccess.MayRead(actor) || (entry.PublishedVersion is null && !KnowledgeAccess.MayEdit(actor, entry)))
        {
            return Error.NotFound("knowledge.not_found", "知识库条目不存在。");
        }

        return await ViewAsync(entry, actor, ct);
    }

    public async Task<Result<KnowledgeDiff>> DiffAsync(int id, int from, int to, Actor actor, CancellationToken ct = default)
    {
        var entry = await db.KnowledgeEntries.AsNoTracking().Include(e => e.Versions).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null || !KnowledgeAccess.MayRead(actor) || !KnowledgeAccess.MayEdit(actor, entry) && entry.PublishedVersion is null)
        {
            return Error.NotFound("knowledge.not_found", "知识库条目不存在。");
        }

        // Readers may compare published history only; owners every version.
        var visible = KnowledgeAccess.MayEdit(actor, entry) ? entry.Versions : entry.Versions.Where(v => v.Number <= entry.PublishedVersion);
        var older = visible.FirstOrDefault(v => v.Number == from);
        var newer = visible.FirstOrDefault(v => v.Number == to);
        if (older is null || newer is null)
        {
            return Error.Validation(older is null ? "from" : "to", "knowledge.unknown_version", "没有这个版本。");
        }

        return new KnowledgeDiff(from, to, Lines(older.Title, newer.Title), Lines(older.Body, newer.Body));
    }

    internal async Task<KnowledgeEntryView> ViewAsync(KnowledgeEntry e, Actor actor, CancellationToken ct)
    {
        var names = await directory.GetAsync(ct);
        var today = ChinaTime.Today(clock);
        var owner = KnowledgeAccess.MayEdit(actor, e);
        var actions = new List<string>();
        if (owner && e.Status is KnowledgeStatus.Draft or KnowledgeStatus.Published or KnowledgeStatus.Withdrawn)
        {
            actions.Add("edit");
        }

        if (owner && e.Status == KnowledgeStatus.Draft)
        {
            actions.Add("submit");
        }

        if (KnowledgeAccess.MayApprove(actor, e))
        {
            if (e.Status == KnowledgeStatus.Submitted)
            {
                actions.AddRange(["approve", "return"]);
            }

            if (e.PublishedVersion is not null && e.Status != KnowledgeStatus.Withdrawn)
            {
                actions.Add("withdraw");
            }
        }

        var published = e.PublishedVersion is { } p ? new KnowledgeText(p, e.PublishedTitle!, e.PublishedBody!, e.PublishedTags ?? "") : null;
        var draft = owner && e.CurrentVersion != e.PublishedVersion ? new KnowledgeText(e.CurrentVersion, e.Title, e.Body, e.Tags) : null;
        var versions = e.Versions.Where(v => owner || v.Number <= (e.PublishedVersion ?? 0)).OrderByDescending(v => v.Number)
            .Select(v => new KnowledgeVersionView(v.Number, v.Title, v.EditedByName, v.EditedAt, v.Note, v.Number == e.PublishedVersion)).ToList();
        return new KnowledgeEntryView(e.Id, e.Kind, KnowledgeNames.Of(e.Kind), names.CategoryPath(e.CategoryId), e.CategoryId,
            names.UnitName(e.OwnerUnitId) ?? "", e.OwnerUnitId, e.AuthorName, e.Status, KnowledgeNames.Of(e.Status), e.IsPublic, e.ReviewBy,
            e.IsStale(today), e.PublishedAt, e.ApprovedByName, published, draft, owner ? e.ReturnNote : null, versions, actions)
        {
            Attachments = e.Attachments
                .Where(a => a.IsIn(e.PublishedVersion) || (owner && a.IsIn(e.CurrentVersion)))
                .OrderBy(a => a.UploadedAt)
                .Select(a => new KnowledgeAttachmentView(a.Id, a.FileName, a.ContentType, FileType.Of(a.Kind).ChineseName,
                    a.Size, a.Sha256, a.UploadedByName, a.UploadedAt, a.IsIn(e.PublishedVersion), a.IsIn(e.CurrentVersion),
                    $"/api/knowledge/{e.Id}/attachments/{a.Id}"))
                .ToList(),
        };
    }

    private static KnowledgeListItem Item(KnowledgeEntry e, OrganisationDirectory.Snapshot names, DateOnly today, double? score, IReadOnlyList<string> words)
    {
        var title = e.PublishedTitle ?? e.Title;
        var body = e.PublishedBody ?? e.Body;
        return new KnowledgeListItem(e.Id, e.Kind, KnowledgeNames.Of(e.Kind), title, e.PublishedTags ?? e.Tags, names.CategoryPath(e.CategoryId),
            names.UnitName(e.OwnerUnitId) ?? "", e.Status, KnowledgeNames.Of(e.Status), e.IsPublic, e.ReviewBy, e.IsStale(today), e.UpdatedAt,
            e.PublishedVersion ?? e.CurrentVersion, score is null ? null : Math.Round(score.Value, 4),
            words.Count == 0 ? null : Highlights.Of(words, title, body));
    }

    private static List<KnowledgeDiffLine> Lines(string older, string newer) =>
        InlineDiffBuilder.Diff(older, newer, ignoreWhiteSpace: false).Lines
            .Select(l => new KnowledgeDiffLine(l.Type switch { ChangeType.Inserted => "added", ChangeType.Deleted => "removed", _ => "same" }, l.Text ?? ""))
            .ToList();
}
