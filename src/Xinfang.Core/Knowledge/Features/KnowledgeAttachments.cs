using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Knowledge.Features;

/// <summary>A knowledge attachment's bytes as a download returns them.</summary>
public sealed record KnowledgeFile(string FileName, string ContentType, string Sha256, byte[] Content);

/// <summary>Files of a knowledge entry: added and removed by the owning unit's staff in the version they are writing (so
/// they are published with it), downloaded by staff (the published files; the owners also the draft's) and, for an
/// entry on the portal, by anyone. Files pass the same checks as a case's documents (type from the bytes, size).</summary>
public sealed class KnowledgeAttachments(XinfangDbContext db, TimeProvider clock, AttachmentSettings settings, KnowledgeQueries queries)
{
    public async Task<Result<KnowledgeEntryView>> AddAsync(int id, IReadOnlyList<AttachmentUpload> uploads, Actor actor, CancellationToken ct = default)
    {
        var entry = await LoadForEditAsync(id, actor, ct);
        if (!entry.IsSuccess)
        {
            return Result.Failure<KnowledgeEntryView>([.. entry.Errors]);
        }

        if (uploads.Count == 0)
        {
            return Error.Validation(AttachmentRules.Field, "validation.required", "请选择要上传的文件（文件字段名 attachments）。");
        }

        var (files, errors) = AttachmentRules.Check(uploads, settings);
        if (errors.Count > 0)
        {
            return Result.Failure<KnowledgeEntryView>([.. errors]);
        }

        try
        {
            entry.Value.Attach(files, actor, clock.GetUtcNow());
        }
        catch (RuleViolationException violation)
        {
            return violation.Error;
        }

        await db.SaveChangesAsync(ct);
        return await queries.ViewAsync(entry.Value, actor, ct);
    }

    public async Task<Result<KnowledgeEntryView>> RemoveAsync(int id, Guid attachmentId, Actor actor, CancellationToken ct = default)
    {
        var entry = await LoadForEditAsync(id, actor, ct);
        if (!entry.IsSuccess)
        {
            return Result.Failure<KnowledgeEntryView>([.. entry.Errors]);
        }

        try
        {
            entry.Value.Detach(attachmentId, actor, clock.GetUtcNow());
        }
        catch (RuleViolationException violation)
        {
            return violation.Error;
        }

        await db.SaveChangesAsync(ct);
        return await queries.ViewAsync(entry.Value, actor, ct);
    }

    /// <summary>A staff member's download: a file of the published version, or (for the owning unit) of the draft.</summary>
    public async Task<Result<KnowledgeFile>> GetAsync(int id, Guid attachmentId, Actor actor, CancellationToken ct = default)
    {
        var entry = await db.KnowledgeEntries.AsNoTracking().Include(e => e.Attachments).FirstOrDefaultAsync(e => e.Id == id, ct);
        var attachment = entry?.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        if (entry is null || attachment is null || !KnowledgeAccess.MayRead(actor)
            || !(attachment.IsIn(entry.PublishedVersion) || (KnowledgeAccess.MayEdit(actor, entry) && attachment.IsIn(entry.CurrentVersion))))
        {
            return NotFound;
        }

        return await FileAsync(attachment, ct);
    }

    /// <summary>A citizen's download: a file of the published version of an entry on the portal.</summary>
    public async Task<Result<KnowledgeFile>> GetPublicAsync(int id, Guid attachmentId, CancellationToken ct = default)
    {
        var entry = await db.KnowledgeEntries.AsNoTracking().Include(e => e.Attachments).FirstOrDefaultAsync(e => e.Id == id, ct);
        var attachment = entry?.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        return entry is { IsOnPortal: true } && attachment is not null && attachment.IsIn(entry.PublishedVersion)
            ? await FileAsync(attachment, ct)
            : NotFound;
    }

    private static Error NotFound => Error.NotFound("knowledge.attachment_not_found", "附件不存在。");

    private async Task<Result<KnowledgeFile>> FileAsync(KnowledgeAttachment attachment, CancellationToken ct)
    {
        var bytes = await db.Set<KnowledgeAttachmentContent>().AsNoTracking().Where(c => c.AttachmentId == attachment.Id).Select(c => c.Bytes)
            .FirstAsync(ct);
        return new KnowledgeFile(attachment.FileName, attachment.ContentType, attachment.Sha256, bytes);
    }

    private async Task<Result<KnowledgeEntry>> LoadForEditAsync(int id, Actor actor, CancellationToken ct)
    {
        var entry = await db.KnowledgeEntries.Include(e => e.Versions).Include(e => e.Attachments).AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null || !KnowledgeAccess.MayRead(actor))
        {
            return Error.NotFound("knowledge.not_found", "知识库条目不存在。");
        }

        return KnowledgeAccess.MayEdit(actor, entry)
            ? entry
            : Error.Forbidden("knowledge.edit_forbidden", "只有条目所属单位的工作人员可以添加或删除附件。");
    }
}
