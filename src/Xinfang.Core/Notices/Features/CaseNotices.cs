using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Audit;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Notices.Features;

public sealed record NoticeView(Guid Id, NoticeKind Kind, string Title, string Number, string Recipient, string Issuer, DateTimeOffset IssuedAt,
    bool ForPetitioner);

/// <summary>The notices of a case, for whoever may see the case; opening one (to download or print it) is recorded as a
/// read, as a notice names the petitioner.</summary>
public sealed class CaseNotices(XinfangDbContext db, TimeProvider clock)
{
    public const string DownloadNotice = "DownloadNotice";

    public async Task<Result<IReadOnlyList<NoticeView>>> ListAsync(string caseKey, Actor actor, CancellationToken ct = default)
    {
        var (@case, error) = await OpenAsync(caseKey, actor, ct);
        if (error is not null)
        {
            return error;
        }

        return (await db.Notices.AsNoTracking().Where(n => n.CaseId == @case!.Id).ToListAsync(ct))
            .OrderBy(n => n.IssuedAt).ThenBy(n => n.Kind).Select(View).ToList();
    }

    public async Task<Result<NoticeDocument>> GetAsync(string caseKey, Guid noticeId, Actor actor, CancellationToken ct = default)
    {
        var (@case, error) = await OpenAsync(caseKey, actor, ct);
        if (error is not null)
        {
            return error;
        }

        var notice = await db.Notices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == noticeId && n.CaseId == @case!.Id, ct);
        if (notice is null)
        {
            return Error.NotFound("notice.not_found", $"{@case!.Number}没有该文书。");
        }

        await AuditTrail.RecordReadAsync(db, clock, actor, DownloadNotice, nameof(Notice), @case!.Id.ToString(),
            $"查看{@case.Number}文书“{notice.Title}”（{notice.Number}）", ct);
        return NoticeDocument.Of(notice);
    }

    public static NoticeView View(Notice n) => new(n.Id, n.Kind, n.Title, n.Number, n.Recipient, n.Issuer, n.IssuedAt, n.ForPetitioner);

    private async Task<(Case? Case, Error? Error)> OpenAsync(string caseKey, Actor actor, CancellationToken ct)
    {
        var @case = await CaseLoader.LoadByNumberOrIdAsync(db, caseKey, ct);
        if (@case is null)
        {
            return (null, Error.NotFound("case.not_found", $"信访事项 {caseKey} 不存在。"));
        }

        return actor.Scope.CanSee(@case) ? (@case, null) : (null, CaseAccess.OutOfScope());
    }
}
