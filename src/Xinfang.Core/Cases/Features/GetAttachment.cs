using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Audit;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Cases.Features;

public sealed record AttachmentDownload(Guid Id, string FileName, string ContentType, byte[] Content, string Sha256);

/// <summary>下载附件: the same data-scope check as reading the case (a unit outside it gets 403), and every
/// download is an audit line of its own — a letter or a recording holds the petitioner's personal data.</summary>
public sealed class GetAttachment(XinfangDbContext db, TimeProvider clock)
{
    public async Task<Result<AttachmentDownload>> HandleAsync(string caseKey, Guid attachmentId, Actor actor, CancellationToken ct = default)
    {
        var @case = await CaseLoader.LoadByNumberOrIdAsync(db, caseKey, ct);
        if (@case is null)
        {
            return Error.NotFound("case.not_found", $"信访事项 {caseKey} 不存在。");
        }

        if (!actor.Scope.CanSee(@case))
        {
            return CaseAccess.OutOfScope();
        }

        var attachment = @case.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        if (attachment is null)
        {
            return Error.NotFound("attachment.not_found", $"{@case.Number}没有该附件。");
        }

        var bytes = await db.AttachmentContents.AsNoTracking()
            .Where(c => c.AttachmentId == attachmentId).Select(c => c.Bytes).SingleAsync(ct);
        await AuditTrail.RecordReadAsync(db, clock, actor, AuditTrail.DownloadAttachment, nameof(CaseAttachment), @case.Id.ToString(),
            $"下载{@case.Number}附件“{attachment.FileName}”（{attachment.Id}，SHA-256 {attachment.Sha256}）", ct);
        return new AttachmentDownload(attachment.Id, attachment.FileName, attachment.ContentType, bytes, attachment.Sha256);
    }
}
