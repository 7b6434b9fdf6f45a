using Xinfang.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

public sealed record CreateUserRequest(string? UserName, string? DisplayName, int? UnitId, IReadOnlyList<string>? Roles, string? Password);

/// <summary>新增用户: an account in a unit with its roles and an initial password that passes the password policy.</summary>
public sealed class CreateUser(XinfangDbContext db, UserManager<AppUser> users, AdminQueries queries)
{
    public async Task<Result<UserAdminView>> HandleAsync(CreateUserRequest request, Actor actor, CancellationToken ct = default) =>
        await ViewAsync(await HandleCoreAsync(request, actor, default), actor, ct);

    private async Task<Result<AppUser>> HandleCoreAsync(CreateUserRequest request, Actor actor, CancellationToken ct)
    {
        if (AdminAccess.Check(actor) is { } denied)
        {
            return denied;
        }

        var userName = UnitRules.Trimmed(request.UserName);
        var user = new AppUser
        {
            UserName = userName,
            DisplayName = UnitRules.Trimmed(request.DisplayName) ?? "",
            UnitId = request.UnitId ?? 0,
            LockoutEnabled = true,
        };
        var errors = new List<Error>();
        await UserRules.ValidateUserNameAsync(users, userName, errors);
        var roles = await UserRules.ValidateProfileAsync(db, null, UnitRules.Trimmed(request.DisplayName), request.UnitId, request.Roles, errors, ct);
        await UserRules.ValidatePasswordAsync(users, user, request.Password, errors);
        if (errors.Count > 0)
        {
            return Result.Failure<AppUser>([.. errors]);
        }

        // Inside the caller's transaction when there is one (the command line creates the bureau and its first
        // administrator together); otherwise in its own.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await RoleRows.EnsureAsync(db, ct);
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, request.Password!);
        }
        catch (DbUpdateException)
        {
            // Another administrator took the name between the check and the insert: the unique index said no.
            return UserRules.NameTaken(userName!);
        }

        if (!created.Succeeded)
        {
            return Result.Failure<AppUser>(IdentityMessages.ToErrors(created));
        }

        var added = await users.AddToRolesAsync(user, roles);
        if (!added.Succeeded)
        {
            return Result.Failure<AppUser>(IdentityMessages.ToErrors(added));
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return user;
    }

    /// <summary>The account as the administrator's list shows it, once the change is saved.</summary>
    private async Task<Result<UserAdminView>> ViewAsync(Result<AppUser> done, Actor actor, CancellationToken ct) =>
        done.IsSuccess ? await queries.UserAsync(actor, done.Value.Id, ct) : Result.Failure<UserAdminView>([.. done.Errors]);
}
