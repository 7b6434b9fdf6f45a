using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Messages.Features;

/// <summary>
/// Tells the petitioner by text message of each step that concerns them — accepted, refused, extended, replied — and,
/// three days after a reply that is still not rated, asks for the rating (SPEC §1.10). The message is written with the
/// step, in its transaction. It goes to the first petitioner with a mobile number who did not opt out; nobody else.
/// </summary>
public sealed class CaseTextMessages(TextMessageWriter writer, OrganisationDirectory directory) : ICaseStepObserver
{
    public static readonly TimeSpan RateReminderAfter = TimeSpan.FromDays(3);

    public async Task StepTakenAsync(Case @case, CaseAction action, CaseStatus before, CancellationToken ct)
    {
        var kind = KindOf(action, before, @case.Status);
        if (kind is null || Recipient(@case) is not { } phone)
        {
            return;
        }

        var names = await directory.GetAsync(ct);
        var values = new Dictionary<string, string>
        {
            ["单位"] = names.UnitName(@case.LeadUnitId) ?? "承办单位",
            ["期限"] = @case.ReplyDue is { } due ? TextMessageWriter.Date(due) : "",
            ["理由"] = Reason(@case, kind.Value) ?? "",
        };
        await writer.QueueAsync(kind.Value, phone, @case.Number, values, ct);
        if (kind == TextMessageKind.Replied)
        {
            var last = @case.Events[^1].At;
            await writer.QueueAsync(TextMessageKind.RateReminder, phone, @case.Number, new Dictionary<string, string>
            {
                ["日期"] = TextMessageWriter.Date(ChinaTime.DateOf(last)),
            }, ct, notBefore: last + RateReminderAfter, rateCaseId: @case.Id);
        }
    }

    public static TextMessageKind? KindOf(CaseAction action, CaseStatus before, CaseStatus after) => action switch
    {
        CaseAction.Accept => TextMessageKind.Accepted,
        CaseAction.Refuse => TextMessageKind.Refused,
        CaseAction.ApproveExtension => TextMessageKind.Extended,
        CaseAction.Reply or CaseAction.ApproveResult when before != after && after == CaseStatus.Replied => TextMessageKind.Replied,
        _ => null,
    };

    /// <summary>The number messages go to: the first petitioner's mobile who did not opt out.</summary>
    public static string? Recipient(Case @case) =>
        @case.Petitioners.Where(p => !p.NoTextMessages && TextMessageWriter.IsMobile(p.Phone)).Select(p => p.Phone).FirstOrDefault();

    private static string? Reason(Case @case, TextMessageKind kind) => kind switch
    {
        TextMessageKind.Refused => @case.RefusalReason,
        TextMessageKind.Extended => @case.ExtensionReason,
        _ => null,
    };
}
