using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Hotline.Features;

public sealed record SeatView(int Number, string Device);

public sealed record AgentView(int Id, string Code, string Name, int? UserId);

public sealed record AssignmentView(long Id, int AgentId, string Agent, int Seat, DateTimeOffset From, DateTimeOffset To);

public sealed record SeatRequest(int? Number, string? Device);

public sealed record AgentRequest(string? Code, string? Name, int? UserId);

public sealed record AssignmentRequest(int? AgentId, int? Seat, DateTimeOffset? From, DateTimeOffset? To);

/// <summary>The hotline's seats (with the exchange device that rings each), the operator's agents (with their platform
/// account) and the roster of who sits where when; the administrator and supervisors keep them. A seat or an agent
/// cannot be in two places at once.</summary>
public sealed class HotlineRosters(XinfangDbContext db)
{
    public async Task<Result<IReadOnlyList<SeatView>>> SeatsAsync(Actor actor, CancellationToken ct = default) =>
        Readable(actor) ?? Result.Success<IReadOnlyList<SeatView>>(
            await db.HotlineSeats.AsNoTracking().OrderBy(s => s.Number).Select(s => new SeatView(s.Number, s.Device)).ToListAsync(ct));

    public async Task<Result<IReadOnlyList<AgentView>>> AgentsAsync(Actor actor, CancellationToken ct = default) =>
        Readable(actor) ?? Result.Success<IReadOnlyList<AgentView>>(
            await db.HotlineAgents.AsNoTracking().OrderBy(a => a.Code).Select(a => new AgentView(a.Id, a.Code, a.Name, a.UserId)).ToListAsync(ct));

    public async Task<Result<IReadOnlyList<AssignmentView>>> RosterAsync(DateTimeOffset from, DateTimeOffset to, Actor actor, CancellationToken ct = default)
    {
        if (Readable(actor) is { } forbidden)
        {
            return forbidden;
        }

        return await db.HotlineSeatAssignments.AsNoTracking().Where(a => a.From < to && a.To > from).OrderBy(a => a.From).ThenBy(a => a.Seat)
            .Join(db.HotlineAgents, a => a.AgentId, g => g.Id, (a, g) => new AssignmentView(a.Id, a.AgentId, g.Name, a.Seat, a.From, a.To))
            .ToListAsync(ct);
    }

    public async Task<Result<SeatView>> SaveSeatAsync(SeatRequest? request, Actor actor, CancellationToken ct = default)
    {
        if (Writable(actor) is { } forbidden)
        {
            return forbidden;
        }

        var device = request?.Device?.Trim() ?? "";
        if (request?.Number is not (>= 1 and <= 99) || device.Length is 0 or > 80)
        {
            return Error.Validation(request?.Number is (>= 1 and <= 99) ? "device" : "number", "validation.invalid", "坐席号须在1至99之间，设备（如 SIP/8001）不能为空、不超过80个字符。");
        }

        if (await db.HotlineSeats.AnyAsync(s => s.Device == device && s.Number != request.Number, ct))
        {
            return Error.Validation("device", "hotline.device_taken", $"设备“{device}”已属于另一坐席。");
        }

        if (await db.HotlineSeats.FirstOrDefaultAsync(s => s.Number == request.Number, ct) is { } seat)
        {
            seat.Rewire(device);
        }
        else
        {
            db.HotlineSeats.Add(new HotlineSeat(request.Number.Value, device));
        }

        await db.SaveChangesAsync(ct);
        return new SeatView(request.Number.Value, device);
    }

    public async Task<Result<AgentView>> AddAgentAsync(AgentRequest? request, Actor actor, CancellationToken ct = default)
    {
        if (Writable(actor) is { } forbidden)
        {
            return forbidden;
        }

        var code = request?.Code?.Trim() ?? "";
        var name = request?.Name?.Trim() ?? "";
        if (code.Length is 0 or > 20)
        {
            return Error.Validation("code", "validation.required", "请填写工号（不超过20个字符）。");
        }

        if (name.Length is 0 or > 50)
        {
            return Error.Validation("name", "validation.required", "请填写姓名（不超过50个字）。");
        }

        if (await db.HotlineAgents.AnyAsync(a => a.Code == code, ct))
        {
            return Error.Validation("code", "hotline.code_taken", $"工号“{code}”已存在。");
        }

        if (request!.UserId is { } userId && !await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return Error.Validation("userId", "validation.not_found", $"平台账号 {userId} 不存在。");
        }

        var agent = new HotlineAgent(code, name, request.UserId);
        db.HotlineAgents.Add(agent);
        await db.SaveChangesAsync(ct);
        return new AgentView(agent.Id, agent.Code, agent.Name, agent.UserId);
    }

    public async Task<Result<AssignmentView>> AssignAsync(AssignmentRequest? request, Actor actor, CancellationToken ct = default)
    {
        if (Writable(actor) is { } forbidden)
        {
            return forbidden;
        }

        if (request?.AgentId is not { } agentId || await db.HotlineAgents.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agentId, ct) is not { } agent)
        {
            return Error.Validation("agentId", "validation.not_found", "请选择坐席员。");
        }

        if (request.Seat is not { } seat || !await db.HotlineSeats.AnyAsync(s => s.Number == seat, ct))
        {
            return Error.Validation("seat", "validation.not_found", "请选择已登记的坐席。");
        }

        if (request.From is not { } from || request.To is not { } to || to <= from || to - from > TimeSpan.FromHours(24))
        {
            return Error.Validation("to", "validation.out_of_range", "请提供开始和结束时间；结束须晚于开始，一次排班不超过24小时。");
        }

        if (await db.HotlineSeatAssignments.AnyAsync(a => (a.Seat == seat || a.AgentId == agentId) && a.From < to && a.To > from, ct))
        {
            return Error.Rule("hotline.roster_overlap", "该时段内此坐席已有人值班，或此坐席员已在其他坐席值班。");
        }

        var assignment = new SeatAssignment(agentId, seat, from, to);
        db.HotlineSeatAssignments.Add(assignment);
        await db.SaveChangesAsync(ct);
        return new AssignmentView(assignment.Id, agentId, agent.Name, seat, from, to);
    }

    /// <summary>The seat the user sits at now (from the roster), for their desk.</summary>
    public async Task<int?> SeatOfAsync(Actor actor, DateTimeOffset now, CancellationToken ct = default) =>
        await db.HotlineSeatAssignments.AsNoTracking()
            .Where(a => a.From <= now && a.To > now && db.Set<HotlineAgent>().Any(g => g.Id == a.AgentId && g.UserId == actor.UserId))
            .Select(a => (int?)a.Seat).FirstOrDefaultAsync(ct);

    private static Error? Readable(Actor actor) => actor.IsInAny([Roles.Admin, Roles.Supervisor, Roles.Registrar, Roles.Dispatcher, Roles.Leader])
        ? null : Error.Forbidden("hotline.roster_forbidden", "无权查看热线坐席与排班。");

    private static Error? Writable(Actor actor) => actor.IsInAny([Roles.Admin, Roles.Supervisor])
        ? null : Error.Forbidden("hotline.roster_forbidden", "只有管理员或督办员可以维护热线坐席与排班。");
}
