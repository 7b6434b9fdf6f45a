using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Notices;
using Xinfang.Core.Notices.Features;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Portal.Features;

/// <summary>查询进度: a petitioner's own matter by its number and query code. An unknown number and a wrong code get the
/// same answer after the same work, so the portal cannot be used to find out which numbers exist.</summary>
public sealed class TrackMatter(XinfangDbContext db, TimeProvider clock, OrganisationDirectory directory)
{
    public async Task<Result<PortalProgress>> HandleAsync(string? caseNumber, string? queryCode, CancellationToken ct = default) =>
        await OpenAsync(caseNumber, queryCode, ct) is { } @case ? await ViewAsync(@case, ct) : PortalRules.NotFound();

    /// <summary>The matter the number and code open, or null — for tracking and for the petitioner's own actions.</summary>
    internal async Task<Case?> OpenAsync(string? caseNumber, string? queryCode, CancellationToken ct)
    {
        var number = caseNumber?.Trim().ToUpperInvariant() ?? "";
        var offered = db.Protector.BlindIndex(queryCode) ?? "";
        if (number.Length is 0 or > 40)
        {
            return null;
        }

        var access = await db.Cases.Where(c => c.Number == number)
            .Join(db.PortalAccesses, c => c.Id, a => a.CaseId, (c, a) => new { c.Id, a.QueryCodeHash })
            .FirstOrDefaultAsync(ct);
        var stored = access?.QueryCodeHash ?? new string('0', offered.Length == 0 ? 32 : offered.Length);
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(offered.PadRight(stored.Length)));
        return access is not null && matches && offered.Length > 0 ? await CaseLoader.LoadAsync(db, access.Id, ct) : null;
    }

    internal async Task<PortalProgress> ViewAsync(Case @case, CancellationToken ct)
    {
        var names = await directory.GetAsync(ct);
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var (status, stage) = PortalWords.Of(@case.Status);
        var steps = @case.Events.OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => PortalWords.Step(e) is { } text ? new PortalStep(e.At, text) : null)
            .OfType<PortalStep>().ToList();
        var answers = @case.Events
            .Where(e => e.DocumentText is not null && e.Action is nameof(CaseAction.Reply) or nameof(CaseAction.ApproveResult)
                or nameof(CaseAction.AnswerReview) or nameof(CaseAction.AnswerReReview))
            .OrderBy(e => e.At).Select(e => new PortalDocument(e.DocumentKind ?? "答复意见书", e.At, e.DocumentText!)).ToList();
        if (@case.Status == CaseStatus.NotAccepted && @case.RefusalReason is { } reason)
        {
            var refused = @case.Events.Last(e => e.Action == nameof(CaseAction.Refuse));
            answers.Insert(0, new PortalDocument("不予受理告知", refused.At,
                $"不予受理的理由：{reason}" + (@case.ProperChannel is { } channel ? $"\n请通过以下途径反映：{channel}" : "")));
        }

        var canAskForReview = @case.Status is CaseStatus.Replied or CaseStatus.CalledBack or CaseStatus.Closed
            && @case.ReviewRequestDeadline is { } deadline && today <= deadline;
        return new PortalProgress(@case.Number, @case.ReceivedAt, @case.Subject, CaseNames.Of(@case.Form), names.CategoryPath(@case.CategoryId),
            names.RegionName(@case.RegionId), status, stage, PortalWords.Stages, steps, Deadlines(@case), answers,
            @case.Satisfaction is { } satisfaction ? CaseNames.Of(satisfaction) : null,
            CanRate: @case.Status == CaseStatus.Replied, canAskForReview,
            @case.Status is CaseStatus.Replied or CaseStatus.CalledBack or CaseStatus.Closed ? @case.ReviewRequestDeadline : null,
            await NoticesAsync(@case.Id, ct));
    }

    /// <summary>The petitioner's own notices (not the sheets that go to units).</summary>
    private async Task<List<PortalNotice>> NoticesAsync(Guid caseId, CancellationToken ct) =>
        (await db.Notices.AsNoTracking().Where(n => n.CaseId == caseId && n.ForPetitioner).ToListAsync(ct))
        .OrderBy(n => n.IssuedAt).ThenBy(n => n.Kind).Select(n => new PortalNotice(n.Id, n.Title, n.Number, n.IssuedAt)).ToList();

    /// <summary>One of the petitioner's own notices, opened with the matter's number and query code (recorded as a read).</summary>
    public async Task<Result<NoticeDocument>> NoticeAsync(string? caseNumber, string? queryCode, Guid noticeId, CancellationToken ct = default)
    {
        if (await OpenAsync(caseNumber, queryCode, ct) is not { } @case)
        {
            return PortalRules.NotFound();
        }

        var notice = await db.Notices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == noticeId && n.CaseId == @case.Id && n.ForPetitioner, ct);
        if (notice is null)
        {
            return Error.NotFound("notice.not_found", "未找到该文书。");
        }

        var actor = PortalActor.For(@case.Number);
        await Audit.AuditTrail.RecordReadAsync(db, clock, actor, CaseNotices.DownloadNotice, nameof(Notice), @case.Id.ToString(),
            $"信访人在群众门户查看{@case.Number}文书“{notice.Title}”（{notice.Number}）", ct);
        return NoticeDocument.Of(notice);
    }

    private static List<PortalDeadline> Deadlines(Case @case)
    {
        var list = new List<PortalDeadline>();
        switch (@case.Status)
        {
            case CaseStatus.Registered:
                list.Add(new("信访局转送、交办或直接办理", @case.DisposeDue));
                break;
            case CaseStatus.Dispatched or CaseStatus.AwaitingAcceptance when @case.AcceptDue is { } accept:
                list.Add(new("有关机关决定是否受理并告知您", accept));
                break;
            case CaseStatus.InProgress or CaseStatus.ResultReported when @case.ReplyDue is { } reply:
                list.Add(new("办结并书面答复", reply));
                break;
            case CaseStatus.InReview when @case.ReviewDue is { } review:
                list.Add(new("出具复查意见", review));
                break;
            case CaseStatus.InReReview when @case.ReReviewDue is { } reReview:
                list.Add(new("出具复核意见", reReview));
                break;
        }

        return list;
    }
}
