using Xinfang.Core.Cases;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Notifications.Features;

/// <summary>Who is told of a case's step (SPEC §1.7): a dispatch tells the staff of every unit it went to; an urge, a
/// supervision order, an extension decision and a rejected result tell the lead unit's staff; a return tells the bureau's
/// dispatchers; an escalation the district's leaders; a key case its leader.</summary>
public sealed class CaseStepNotifications(Notifier notifier, ActorAccessor actors) : ICaseStepObserver
{
    public async Task StepTakenAsync(Case @case, CaseAction action, CaseStatus before, CancellationToken ct)
    {
        var link = $"/cases/{@case.Number}";
        var about = $"{@case.Number}　{@case.Subject}";
        var by = actors.Actor.UserId;
        async Task ToLeadUnitAsync(NotificationKind kind, string title, string body)
        {
            if (@case.LeadUnitId is { } unit)
            {
                notifier.Add(await notifier.UsersAsync(unit, Notifier.UnitStaff, ct), kind, title, body, link, @case.Id, by);
            }
        }

        switch (action)
        {
            case CaseAction.Dispatch:
                foreach (var unit in @case.Units.Where(u => u.IsCurrent).Select(u => (u.UnitId, u.Role)).Distinct())
                {
                    var role = unit.Role == UnitRole.Lead ? "主办" : "协办";
                    notifier.Add(await notifier.UsersAsync(unit.UnitId, Notifier.UnitStaff, ct), NotificationKind.Dispatched, $"新交办事项（{role}）：{@case.Number}",
                        $"{about}。{(unit.Role == UnitRole.Lead && @case.DueDate is { } due ? $"请于{due:yyyy年M月d日}前办理当前环节。" : "")}", link, @case.Id, by);
                }

                break;
            case CaseAction.Urge:
                await ToLeadUnitAsync(NotificationKind.Urged, $"催办：{@case.Number}", $"{about}。信访局已催办，请抓紧办理。");
                break;
            case CaseAction.Supervise:
                await ToLeadUnitAsync(NotificationKind.Supervised, $"督办：{@case.Number}",
                    $"{about}。{(@case.SupervisionReplyDue is { } reply ? $"请于{reply:yyyy年M月d日}前回复督办意见。" : "")}");
                break;
            case CaseAction.ApproveExtension or CaseAction.RejectExtension:
                await ToLeadUnitAsync(NotificationKind.ExtensionDecided,
                    $"延期申请{(action == CaseAction.ApproveExtension ? "已批准" : "被驳回")}：{@case.Number}", about);
                break;
            case CaseAction.RejectResult:
                await ToLeadUnitAsync(NotificationKind.ResultRejected, $"办理结果被退回：{@case.Number}", $"{about}。请按审核意见重新办理。");
                break;
            case CaseAction.Return:
                notifier.Add(await notifier.UsersAsync(null, [Roles.Dispatcher], ct), NotificationKind.Returned, $"退单：{@case.Number}",
                    $"{about}。承办单位退回，请重新派单。", link, @case.Id, by);
                break;
            case CaseAction.Escalate:
                notifier.Add(await notifier.UsersAsync(null, [Roles.Leader], ct), NotificationKind.Escalated, $"提请领导批示：{@case.Number}", about, link,
                    @case.Id, by);
                break;
            case CaseAction.Assign when @case.LeadUnitRow?.AssigneeUserId is { } person:
                notifier.Add([person], NotificationKind.Assigned, $"指派给您：{@case.Number}", $"{about}。单位负责人已指派您承办。", link, @case.Id, by);
                break;
            case CaseAction.AssignKeyLeader when @case.KeyCaseLeaderUserId is { } leader:
                notifier.Add([leader], NotificationKind.KeyCaseAssigned, $"包案事项：{@case.Number}", $"{about}。您被指定为包案领导。", link, @case.Id, by);
                break;
        }
    }
}
