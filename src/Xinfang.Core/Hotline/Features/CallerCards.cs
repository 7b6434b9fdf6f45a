using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Audit;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Hotline.Features;

public sealed record CallView(long Id, string UniqueId, string? Caller, DateTimeOffset StartAt, DateTimeOffset? AnswerAt, DateTimeOffset? EndAt,
    int? WaitSeconds, int TalkSeconds, string Disposition, int? Seat, string? Agent, string? Recording, string? CaseNumber, bool DirectAnswer);

public sealed record CallerMatter(Guid Id, string Number, string Subject, string Status, bool IsOpen, DateTimeOffset ReceivedAt, DateOnly? Due);

/// <summary>来电弹屏: the call, the caller's earlier calls (by the number's keyed hash) and matters (open ones first, with
/// status and deadline), and what was done with this call.</summary>
public sealed record CallerCard(CallView Call, IReadOnlyList<CallView> EarlierCalls, IReadOnlyList<CallerMatter> Matters, string? DirectAnswerText);

/// <summary>The caller's card for the agent, and the calls linked to a case for its page. Reading a caller's number and
/// history is a read of personal data, and recorded.</summary>
public sealed class CallerCards(XinfangDbContext db, TimeProvider clock)
{
    public static readonly string[] DeskRoles = [Roles.Registrar, Roles.Dispatcher, Roles.Supervisor];

    public async Task<Result<CallerCard>> GetAsync(long callId, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsInAny(DeskRoles))
        {
            return Error.Forbidden("hotline.desk_forbidden", "只有坐席（登记员）、派单员或督办员可以查看来电信息。");
        }

        var call = await db.HotlineCalls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return Error.NotFound("hotline.call_not_found", $"来电 {callId} 不存在。");
        }

        var agents = await db.HotlineAgents.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var earlier = call.CallerHash is null ? [] : await db.HotlineCalls.AsNoTracking()
            .Where(c => c.CallerHash == call.CallerHash && c.Id != call.Id && c.StartAt < call.StartAt)
            .OrderByDescending(c => c.StartAt).Take(10).ToListAsync(ct);
        var matters = call.CallerHash is null ? [] : await db.Cases.AsNoTracking()
            .Where(c => db.Set<Petitioner>().Any(p => p.CaseId == c.Id && p.PhoneHash == call.CallerHash))
            .OrderByDescending(c => c.ReceivedAt).Take(20)
            .Select(c => new { c.Id, c.Number, c.Subject, c.Status, c.ReceivedAt, c.DueDate })
            .ToListAsync(ct);
        var views = await ViewsAsync([call, .. earlier], agents, ct);
        var answer = await db.HotlineDirectAnswers.AsNoTracking().Where(a => a.CallId == call.Id).Select(a => a.Text).FirstOrDefaultAsync(ct);
        await AuditTrail.RecordReadAsync(db, clock, actor, nameof(CallRecord), call.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"查看来电 {call.UniqueId} 的来电人信息与历史", ct);
        return new CallerCard(views[0], views[1..],
            [.. matters.Select(m => new CallerMatter(m.Id, m.Number, m.Subject, CaseNames.Of(m.Status), CaseTransitions.OpenStates.Contains(m.Status),
                m.ReceivedAt, m.DueDate)).OrderByDescending(m => m.IsOpen)],
            answer);
    }

    /// <summary>The calls a case was registered from, for whoever may see the case.</summary>
    public async Task<Result<IReadOnlyList<CallView>>> OfCaseAsync(string caseKey, Actor actor, CancellationToken ct = default)
    {
        var @case = await Cases.Features.CaseLoader.LoadByNumberOrIdAsync(db, caseKey, ct);
        if (@case is null)
        {
            return Error.NotFound("case.not_found", $"信访事项 {caseKey} 不存在。");
        }

        if (!actor.Scope.CanSee(@case))
        {
            return Cases.Features.CaseAccess.OutOfScope();
        }

        var calls = await db.HotlineCalls.AsNoTracking().Where(c => c.CaseId == @case.Id).OrderBy(c => c.StartAt).ToListAsync(ct);
        var agents = await db.HotlineAgents.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var views = await ViewsAsync(calls, agents, ct);
        return actor.MaySeePersonalData ? views : views.Select(v => v with { Caller = PersonalDataMask.Phone(v.Caller) }).ToList();
    }

    private async Task<List<CallView>> ViewsAsync(List<CallRecord> calls, Dictionary<int, string> agents, CancellationToken ct)
    {
        var caseIds = calls.Where(c => c.CaseId is not null).Select(c => c.CaseId!.Value).ToList();
        var numbers = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, ct);
        var callIds = calls.Select(c => c.Id).ToList();
        var answered = (await db.HotlineDirectAnswers.AsNoTracking().Where(a => callIds.Contains(a.CallId)).Select(a => a.CallId).ToListAsync(ct)).ToHashSet();
        return [.. calls.Select(c => new CallView(c.Id, c.UniqueId, c.CallerNumber, c.StartAt, c.AnswerAt, c.EndAt, c.WaitSeconds, c.TalkSeconds,
            KebabCase.Of(c.Disposition), c.Seat, c.AgentId is { } a ? agents.GetValueOrDefault(a) : null, c.Recording,
            c.CaseId is { } id ? numbers.GetValueOrDefault(id) : null, answered.Contains(c.Id)))];
    }
}
