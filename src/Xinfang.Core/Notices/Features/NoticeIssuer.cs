using System.Globalization;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Notices.Features;

/// <summary>
/// Issues the notices a step requires, with the step, in its transaction: 受理/不予受理告知书 at the decision, 转送（交办）告知书
/// and the 交办单 at dispatch, 延期告知书 when an extension is approved, 答复意见书 with the reply, 复查/复核意见书 with the
/// opinions, 督办单 with supervision. Each takes the next number of its series and the text of its current template,
/// filled with the case's facts at that moment.
/// </summary>
public sealed class NoticeIssuer(XinfangDbContext db, TimeProvider clock, DistrictOptions district, OrganisationDirectory directory) : ICaseStepObserver
{
    public async Task StepTakenAsync(Case @case, CaseAction action, CaseStatus before, CancellationToken ct)
    {
        var kinds = KindsOf(action, before, @case);
        if (kinds.Count == 0)
        {
            return;
        }

        var names = await directory.GetAsync(ct);
        var now = clock.GetUtcNow();
        var values = Values(@case, names, now);
        var step = @case.Events[^1];
        foreach (var kind in kinds)
        {
            var entry = NoticeCatalog.Of(kind);
            var template = await db.NoticeTemplates.AsNoTracking().Where(t => t.Kind == kind).Select(t => t.Body).FirstOrDefaultAsync(ct)
                ?? entry.DefaultBody;
            var year = ChinaTime.DateOf(now).Year;
            var serial = await NoticeSerials.NextAsync(db, kind, year, ct);
            var recipient = entry.ForPetitioner ? values["信访人"] : values["承办单位"];
            db.Notices.Add(new Notice(@case.Id, kind, year, serial, NoticeCatalog.Number(district.NoticePrefix, kind, year, serial), entry.Title,
                Issuer(kind, @case, names), recipient, Placeholders.Fill(template, values), entry.ForPetitioner, now, step.ActorName));
        }
    }

    /// <summary>The notices a step issues.</summary>
    public static IReadOnlyList<NoticeKind> KindsOf(CaseAction action, CaseStatus before, Case @case) => action switch
    {
        _ when before == @case.Status && action is not (CaseAction.ApproveExtension or CaseAction.Supervise) => [],
        CaseAction.Accept => [NoticeKind.Acceptance],
        CaseAction.Refuse => [NoticeKind.Refusal],
        CaseAction.Dispatch when @case.Disposal == Disposal.Assign => [NoticeKind.Transfer, NoticeKind.AssignmentSheet],
        CaseAction.Dispatch => [NoticeKind.Transfer],
        CaseAction.ApproveExtension => [NoticeKind.Extension],
        CaseAction.Reply or CaseAction.ApproveResult => [NoticeKind.Reply],
        CaseAction.AnswerReview => [NoticeKind.ReviewOpinion],
        CaseAction.AnswerReReview => [NoticeKind.ReReviewOpinion],
        CaseAction.Supervise => [NoticeKind.SupervisionSheet],
        _ => [],
    };

    /// <summary>Who signs: the unit that decided or replied (the bureau when it handles the matter itself); the bureau
    /// for what it does itself — forwarding, assigning, supervising, review and re-review.</summary>
    private string Issuer(NoticeKind kind, Case @case, OrganisationDirectory.Snapshot names) => kind switch
    {
        NoticeKind.Acceptance or NoticeKind.Refusal or NoticeKind.Extension or NoticeKind.Reply => names.UnitName(@case.LeadUnitId) ?? district.BureauName,
        _ => district.BureauName,
    };

    private Dictionary<string, string> Values(Case @case, OrganisationDirectory.Snapshot names, DateTimeOffset now)
    {
        string Date(DateOnly? date) => date is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "";
        string DateOf(DateTimeOffset? at) => at is { } a ? Date(ChinaTime.DateOf(a)) : "";
        CaseEvent? Last(CaseAction action) => @case.Events.LastOrDefault(e => e.Action == action.ToString());

        var petitioners = @case.Petitioners.Select(p => p.Name).ToList();
        var petitioner = petitioners.Count == 0 ? "信访人"
            : @case.PeopleCount > petitioners.Count ? $"{string.Join("、", petitioners)}等{@case.PeopleCount}人"
            : string.Join("、", petitioners);
        var content = @case.Content.ReplaceLineEndings(" ");
        return new Dictionary<string, string>
        {
            ["信访人"] = petitioner,
            ["事项编号"] = @case.Number,
            ["事项标题"] = @case.Subject,
            ["收到日期"] = DateOf(@case.ReceivedAt),
            ["登记日期"] = DateOf(@case.Events[0].At),
            ["事项内容摘要"] = content.Length > 200 ? content[..200] + "……" : content,
            ["承办单位"] = names.UnitName(@case.LeadUnitId) ?? district.BureauName,
            ["局名"] = district.BureauName,
            ["日期"] = DateOf(now),
            ["受理日期"] = Date(@case.AcceptDecidedOn),
            ["答复期限"] = Date(@case.ReplyDue),
            ["不予受理理由"] = @case.RefusalReason ?? "",
            ["应当途径"] = @case.ProperChannel ?? "",
            ["转送方式"] = @case.Disposal == Disposal.Assign ? "交办" : "转送",
            ["延期理由"] = @case.ExtensionReason ?? "",
            ["延期天数"] = @case.ExtensionDays?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["答复意见"] = @case.ReplyText ?? "",
            ["复查机关"] = district.ReviewBody,
            ["复查申请截止日"] = Date(@case.ReviewRequestDeadline),
            ["复查申请日期"] = DateOf(Last(CaseAction.RequestReview)?.At),
            ["复查意见"] = Last(CaseAction.AnswerReview)?.DocumentText ?? "",
            ["复核机关"] = district.ReReviewBody,
            ["复核申请日期"] = DateOf(Last(CaseAction.RequestReReview)?.At),
            ["复核意见"] = Last(CaseAction.AnswerReReview)?.DocumentText ?? "",
            ["督办事项"] = Last(CaseAction.Supervise)?.Note ?? "",
            ["督办回复期限"] = Date(@case.SupervisionReplyDue),
        };
    }
}
