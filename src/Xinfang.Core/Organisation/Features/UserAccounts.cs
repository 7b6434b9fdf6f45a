using Xinfang.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

public sealed record ResetPasswordRequest(string? Password);

/// <summary>重置密码, 锁定/解锁, 停用/启用 of an account. Each ends the account's open sessions (a new security
/// stamp); an administrator can neither lock nor deactivate their own account.</summary>
public sealed class UserAccounts(XinfangDbContext db, UserManager<AppUser> users, AdminQueries queries)
{
    /// <summary>The end of a lock set by an administrator: until someone unlocks the account.</summary>
    public static readonly DateTimeOffset LockedByAdministrator = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Error NotFound(int id) => Error.NotFound("user.not_found", $"用户 {id} 不存在。");

    public async Task<Result<UserAdminView>> ResetPasswordAsync(int id, ResetPasswordRequest request, Actor actor, CancellationToken ct = default) =>
        await ViewAsync(await ResetPasswordCoreAsync(id, request, actor, default), actor, ct);

    private async Task<Result<AppUser>> ResetPasswordCoreAsync(int id, ResetPasswordRequest request, Actor actor, CancellationToken ct)
    {
        if (AdminAccess.Check(actor) is { } denied)
        {
            return denied;
        }

        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound(id);
        }

        var errors = new List<Error>();
        await UserRules.ValidatePasswordAsync(users, user, request.Password, errors);
        if (errors.Count > 0)
        {
            return Result.Failure<AppUser>([.. errors]);
        }

        // Removing and adding a password each save, and each give the account a new security stamp.
        return await RunAsync(user, ct, () => users.RemovePasswordAsync(user), () => users.AddPasswordAsync(user, request.Password!));
    }

    public async Task<Result<UserAdminView>> SetLockedAsync(int id, bool locked, Actor actor, CancellationToken ct = default) =>
        await ViewAsync(await SetLockedCoreAsync(id, locked, actor, default), actor, ct);

    private async Task<Result<AppUser>> SetLockedCoreAsync(int id, bool locked, Actor actor, CancellationToken ct)
    {
        if (AdminAccess.Check(actor) is { } denied)
        {
            return denied;
        }

        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound(id);
        }

        if (locked && user.Id == actor.UserId)
        {
            return Error.Rule("user.cannot_lock_self", "不能锁定自己的账号。");
        }

        return locked
            ? await RunAsync(user, ct,
                () => users.SetLockoutEnabledAsync(user, true),
                () => users.SetLockoutEndDateAsync(user, LockedByAdministrator),
                () => users.UpdateSecurityStampAsync(user))
            : await RunAsync(user, ct,
                () => users.SetLockoutEndDateAsync(user, null),
                () => users.ResetAccessFailedCountAsync(user));
    }

    public async Task<Result<UserAdminView>> SetActiveAsync(int id, bool active, Actor actor, CancellationToken ct = default) =>
        await ViewAsync(await SetActiveCoreAsync(id, active, actor, default), actor, ct);

    private async Task<Result<AppUser>> SetActiveCoreAsync(int id, bool active, Actor actor, CancellationToken ct)
    {
        if (AdminAccess.Check(actor) is { } denied)
        {
            return denied;
        }

        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound(id);
        }

        if (!active && user.Id == actor.UserId)
        {
            return Error.Rule("user.cannot_deactivate_self", "不能停用自己的账号。");
        }

        if (user.IsActive == active)
        {
            return user;
        }

        user.IsActive = active;
        return active
            ? await RunAsync(user, ct, () => users.UpdateAsync(user))
            : await RunAsync(user, ct, () => users.UpdateSecurityStampAsync(user));
    }

    private Task<Result<AppUser>> RunAsync(AppUser user, CancellationToken ct, params Func<Task<IdentityResult>>[] steps) =>
        IdentitySteps.RunAsync(db, user, steps, ct);

    /// <summary>The account as the administrator's list shows it, once the change is saved.</summary>
    private async Task<Result<UserAdminView>> ViewAsync(Result<AppUser> done, Actor actor, CancellationToken ct) =>
        done.IsSuccess ? await queries.UserAsync(actor, done.Value.Id, ct) : Result.Failure<UserAdminView>([.. done.Errors]);
}
