using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Intake.Features;

/// <summary>A client as the administrator edits it. <see cref="Permissions"/> by name: <c>Register</c>, <c>ReadStatus</c>.</summary>
public sealed record IntegrationClientRequest(string? Name, Channel? Channel, IReadOnlyList<string>? Permissions, string? OutboundUrl);

/// <summary>A client as listed: never the key, only its public prefix, and never the signing secret.</summary>
public sealed record IntegrationClientView(int Id, string Name, Channel Channel, string ChannelName, IReadOnlyList<string> Permissions,
    string? OutboundUrl, string KeyPrefix, DateTimeOffset KeyIssuedAt, bool IsActive, DateTimeOffset CreatedAt);

/// <summary>The answer to creating a client or rotating its key: the whole key and the secret its status messages are
/// signed with, shown this once.</summary>
public sealed record IssuedKey(IntegrationClientView Client, string ApiKey, string SigningSecret);

/// <summary>系统管理 → 对接系统: the administrator registers each external system, gives it a key (shown once, stored
/// hashed), rotates or revokes it, and says where its status messages go. Admin only; every change audited.</summary>
public sealed class IntegrationClients(XinfangDbContext db, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<IntegrationClientView>>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        if (Forbidden(actor) is { } forbidden)
        {
            return forbidden;
        }

        return (await db.IntegrationClients.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct)).Select(View).ToList();
    }

    public async Task<Result<IssuedKey>> CreateAsync(IntegrationClientRequest request, Actor actor, CancellationToken ct = default)
    {
        if (Forbidden(actor) is { } forbidden)
        {
            return forbidden;
        }

        var (fields, errors) = await ValidateAsync(request, null, ct);
        if (errors.Count > 0)
        {
            return Result.Failure<IssuedKey>([.. errors]);
        }

        var key = ApiKey.New();
        var secret = NewSecret();
        var client = new IntegrationClient(fields.Name, fields.Channel, fields.Permissions, fields.OutboundUrl, secret, key, clock.GetUtcNow());
        db.IntegrationClients.Add(client);
        await db.SaveChangesAsync(ct);
        return new IssuedKey(View(client), key.Value, secret);
    }

    public async Task<Result<IntegrationClientView>> EditAsync(int id, IntegrationClientRequest request, Actor actor, CancellationToken ct = default)
    {
        if (Forbidden(actor) is { } forbidden)
        {
            return forbidden;
        }

        if (await db.IntegrationClients.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } client)
        {
            return NotFound(id);
        }

        var (fields, errors) = await ValidateAsync(request, id, ct);
        if (errors.Count > 0)
        {
            return Result.Failure<IntegrationClientView>([.. errors]);
        }

        client.Change(fields.Name, fields.Channel, fields.Permissions, fields.OutboundUrl, client.SigningSecret ?? NewSecret());
        await db.SaveChangesAsync(ct);
        return View(client);
    }

    /// <summary>A new key and a new signing secret; the old key stops working at once, messages from now on are signed with
    /// the new secret.</summary>
    public async Task<Result<IssuedKey>> RotateKeyAsync(int id, Actor actor, CancellationToken ct = default)
    {
        if (Forbidden(actor) is { } forbidden)
        {
            return forbidden;
        }

        if (await db.IntegrationClients.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } client)
        {
            return NotFound(id);
        }

        var key = ApiKey.New();
        var secret = NewSecret();
        client.UseKey(key, clock.GetUtcNow());
        client.Change(client.Name, client.Channel, client.Permissions, client.OutboundUrl, secret);
        await db.SaveChangesAsync(ct);
        return new IssuedKey(View(client), key.Value, secret);
    }

    /// <summary>Revoked: its key is refused until reactivated (the key stays the same).</summary>
    public async Task<Result<IntegrationClientView>> SetActiveAsync(int id, bool active, Actor actor, CancellationToken ct = default)
    {
        if (Forbidden(actor) is { } forbidden)
        {
            return forbidden;
        }

        if (await db.IntegrationClients.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } client)
        {
            return NotFound(id);
        }

        if (active && await ActiveOnChannelAsync(client.Channel, id, ct) is { } other)
        {
            return Error.Rule("integration.channel_taken", $"渠道“{CaseNames.Of(client.Channel)}”已有启用的对接系统“{other}”，同一渠道只能有一个。");
        }

        client.SetActive(active);
        await db.SaveChangesAsync(ct);
        return View(client);
    }

    public static IntegrationClientView View(IntegrationClient c) => new(c.Id, c.Name, c.Channel, CaseNames.Of(c.Channel),
        [.. Enum.GetValues<IntegrationPermissions>().Where(p => p != IntegrationPermissions.None && c.Permissions.HasFlag(p)).Select(p => p.ToString())],
        c.OutboundUrl, c.KeyPrefix, c.KeyIssuedAt, c.IsActive, c.CreatedAt);

    private sealed record Fields(string Name, Channel Channel, IntegrationPermissions Permissions, string? OutboundUrl);

    private async Task<(Fields Fields, List<Error> Errors)> ValidateAsync(IntegrationClientRequest request, int? id, CancellationToken ct)
    {
        var errors = new List<Error>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            errors.Add(Error.Validation("name", "validation.required", "请填写对接系统名称（不超过100字）。"));
        }
        else if (await db.IntegrationClients.AnyAsync(c => c.Name == name && c.Id != id, ct))
        {
            errors.Add(Error.Validation("name", "integration.name_taken", $"已有名为“{name}”的对接系统。"));
        }

        if (request.Channel is not { } channel || !Enum.IsDefined(channel))
        {
            errors.Add(Error.Validation("channel", "validation.required", "请选择该系统对应的来源渠道。"));
            channel = default;
        }
        else if (await ActiveOnChannelAsync(channel, id, ct) is { } other)
        {
            // A channel's own numbers are unique only within the channel: two systems on one channel could not be told apart.
            errors.Add(Error.Validation("channel", "integration.channel_taken",
                $"渠道“{CaseNames.Of(channel)}”已有启用的对接系统“{other}”；同一渠道只能有一个（更换对方系统请在原条目上更换密钥）。"));
        }

        var permissions = IntegrationPermissions.None;
        foreach (var text in request.Permissions ?? [])
        {
            if (Enum.TryParse<IntegrationPermissions>(text, ignoreCase: true, out var permission) && permission != IntegrationPermissions.None
                && Enum.IsDefined(permission))
            {
                permissions |= permission;
            }
            else
            {
                errors.Add(Error.Validation("permissions", "validation.unknown_value", $"未知的权限“{text}”，可选：Register（推送事项）、ReadStatus（查询办理状态）。"));
            }
        }

        var outbound = string.IsNullOrWhiteSpace(request.OutboundUrl) ? null : request.OutboundUrl.Trim();
        if (outbound is not null && (outbound.Length > 500 || !Uri.TryCreate(outbound, UriKind.Absolute, out var uri)
            || !(uri.Scheme == "https" || (uri.Scheme == "http" && uri.IsLoopback))))
        {
            // Replies travel in these messages: only encrypted, except to this machine (tests, a local relay).
            errors.Add(Error.Validation("outboundUrl", "integration.bad_url", "状态回传地址须为 https:// 开头的完整网址（不超过500字符）。"));
        }

        return (new Fields(name, channel, permissions, outbound), errors);
    }

    private async Task<string?> ActiveOnChannelAsync(Channel channel, int? exceptId, CancellationToken ct) =>
        await db.IntegrationClients.AsNoTracking().Where(c => c.Channel == channel && c.IsActive && c.Id != exceptId)
            .Select(c => c.Name).FirstOrDefaultAsync(ct);

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static Error? Forbidden(Actor actor) => actor.IsIn(Roles.Admin)
        ? null
        : Error.Forbidden("admin.forbidden", "只有管理员可以管理对接系统。");

    private static Error NotFound(int id) => Error.NotFound("integration.not_found", $"对接系统 {id} 不存在。");
}
