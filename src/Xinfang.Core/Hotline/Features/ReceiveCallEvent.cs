using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Intake;

namespace Xinfang.Core.Hotline.Features;

public sealed record CallEventRequest(string? CallId, string? Event, string? Caller, int? Seat, DateTimeOffset? At);

public sealed record CallEventReceipt(long CallId, string UniqueId, string Disposition, int? Seat, int? AgentId);

/// <summary>
/// A live event from the exchange (ringing, answered, ended) for one call id — Asterisk's <c>uniqueid</c>, so the CDR
/// imported later settles the same call. Events may arrive out of order or twice: the call starts at its earliest
/// event, an answer counts even after the end, an end without an answer is an abandoned call, a repeat changes nothing.
/// The agent's screen of that seat is told at once.
/// </summary>
public sealed class ReceiveCallEvent(XinfangDbContext db, TimeProvider clock, ICallNotifier notifier, HotlineFigureSummaries summaries)
{
    public static readonly IReadOnlyList<string> Events = ["ringing", "answered", "ended"];

    public async Task<Result<CallEventReceipt>> HandleAsync(CallEventRequest? request, IntegrationClient client, CancellationToken ct = default)
    {
        if (!client.May(IntegrationPermissions.CallEvents))
        {
            return Error.Forbidden("hotline.events_forbidden", "该对接系统没有推送来电事件的权限（需“来电事件”权限）。");
        }

        var errors = Check(request);
        if (errors.Count > 0)
        {
            return Result.Failure<CallEventReceipt>([.. errors]);
        }

        var id = request!.CallId!.Trim();
        var kind = request.Event!.Trim().ToLowerInvariant();
        var at = request.At ?? clock.GetUtcNow();
        for (var attempt = 0; ; attempt++)
        {
            var call = await db.HotlineCalls.FirstOrDefaultAsync(c => c.UniqueId == id, ct);
            if (call is null)
            {
                var caller = CdrRows.Caller(request.Caller ?? "");
                call = new CallRecord(id, CallSource.Event, caller, db.Protector.BlindIndex(caller), at);
                db.HotlineCalls.Add(call);
            }

            switch (kind)
            {
                case "ringing":
                    call.Saw(at, request.Seat);
                    break;
                case "answered":
                    call.Answered(at, request.Seat);
                    break;
                default:
                    call.Ended(at);
                    break;
            }

            if (call.Seat is { } seat && call.AgentId is null)
            {
                var when = call.AnswerAt ?? at;
                call.AssignAgent(await db.HotlineSeatAssignments.Where(a => a.Seat == seat && a.From <= when && a.To > when)
                    .Select(a => (int?)a.AgentId).FirstOrDefaultAsync(ct));
            }

            if (call.Disposition != CallDisposition.Live)
            {
                await summaries.CallChangedAsync(call, ct);
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                db.ChangeTracker.Clear(); // the same call's first event was stored a moment ago: apply this one to it
                continue;
            }

            notifier.Notify(new CallNotice(call.Id, call.UniqueId, call.Seat, kind, at));
            return new CallEventReceipt(call.Id, call.UniqueId, KebabCase.Of(call.Disposition), call.Seat, call.AgentId);
        }
    }

    private static List<Error> Check(CallEventRequest? r)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(r?.CallId) || r.CallId.Trim().Length > 64)
        {
            errors.Add(Error.Validation("callId", "validation.required", "请提供来电编号 callId（交换机的 uniqueid，不超过64个字符）。"));
        }

        if (r?.Event is null || !Events.Contains(r.Event.Trim().ToLowerInvariant()))
        {
            errors.Add(Error.Validation("event", "hotline.unknown_event", "event 须为 ringing、answered 或 ended。"));
        }

        if (r?.Seat is < 1 or > 99)
        {
            errors.Add(Error.Validation("seat", "validation.out_of_range", "seat 须为坐席号（1–99）。"));
        }

        if (r?.Caller is { Length: > 32 })
        {
            errors.Add(Error.Validation("caller", "validation.too_long", "caller 不能超过32个字符。"));
        }

        return errors;
    }
}
