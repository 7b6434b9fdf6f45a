using Xinfang.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

public sealed record EditUserRequest(string? DisplayName, int? UnitId, IReadOnlyList<string>? Roles);

/// <summary>修改用户: name, unit and roles. A change of unit or roles ends the account's sessions, so that its next
/// sign-in carries the new data scope. An administrator cannot take away their own Admin role.</summary>
public sealed class EditUser(XinfangDbContext db, UserManager<AppUser> users, AdminQueries queries)
{
    public async Task<Result<UserAdminView>> HandleAsync(int id, EditUserRequest request, Actor actor, CancellationToken ct = default) =>
        await ViewAsync(await HandleCoreAsync(id, request, actor, default), actor, ct);

    private async Task<Result<AppUser>> HandleCoreAsync(int id, EditUserRequest request, Actor actor, CancellationToken ct)
    {
        if (AdminAccess.Check(actor) is { } denied)
        {
            return denied;
        }

        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return UserAccounts.NotFound(id);
        }

        var displayName = UnitRules.Trimmed(request.DisplayName);
        var errors = new List<Error>();
        var roles = await UserRules.ValidateProfileAsync(db, user, displayName, request.UnitId, request.Roles, errors, ct);
        if (user.Id == actor.UserId && errors.Count == 0 && !roles.Contains(Roles.Admin))
        {
            errors.Add(Error.Validation("roles", "user.own_admin_role", "不能取消自己的管理员角色（请由另一名管理员操作）。"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<AppUser>([.. errors]);
        }

        var current = await users.GetRolesAsync(user);
        var removed = current.Except(roles).ToList();
        var added = roles.Except(current).ToList();
        var scopeChanged = removed.Count > 0 || added.Count > 0 || user.UnitId != request.UnitId;
        var profileChanged = user.DisplayName != displayName || user.UnitId != request.UnitId;

        user.DisplayName = displayName!;
        user.UnitId = request.UnitId!.Value;
        var steps = new List<Func<Task<IdentityResult>>>
        {
            async () =>
            {
                await RoleRows.EnsureAsync(db, ct);
                return IdentityResult.Success;
            },
        };
        if (profileChanged) steps.Add(() => users.UpdateAsync(user));
        if (removed.Count > 0) steps.Add(() => users.RemoveFromRolesAsync(user, removed));
        if (added.Count > 0) steps.Add(() => users.AddToRolesAsync(user, added));
        if (scopeChanged) steps.Add(() => users.UpdateSecurityStampAsync(user));
        return await IdentitySteps.RunAsync(db, user, steps, ct);
    }

    /// <summary>The account as the administrator's list shows it, once the change is saved.</summary>
    private async Task<Result<UserAdminView>> ViewAsync(Result<AppUser> done, Actor actor, CancellationToken ct) =>
        done.IsSuccess ? await queries.UserAsync(actor, done.Value.Id, ct) : Result.Failure<UserAdminView>([.. done.Errors]);
}
