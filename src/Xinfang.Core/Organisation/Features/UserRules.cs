using Xinfang.Core.Identity;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

/// <summary>The checks an account's fields must pass, each failure naming the field in Chinese.</summary>
internal static partial class UserRules
{
    public const int MaxUserNameLength = 64;
    public const int MaxDisplayNameLength = 100;

    /// <summary>Roles that act for one unit: its handler and its head.</summary>
    public static readonly IReadOnlySet<string> UnitScoped = new HashSet<string> { Roles.Handler, Roles.UnitHead };

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex UserNamePattern();

    public static async Task ValidateUserNameAsync(UserManager<AppUser> users, string? userName, List<Error> errors)
    {
        if (string.IsNullOrEmpty(userName))
        {
            errors.Add(Error.Validation("userName", "validation.required", "请填写用户名（登录账号）。"));
        }
        else if (userName.Length > MaxUserNameLength)
        {
            errors.Add(Error.Validation("userName", "validation.too_long", $"用户名不能超过{MaxUserNameLength}个字符。"));
        }
        else if (!UserNamePattern().IsMatch(userName))
        {
            errors.Add(Error.Validation("userName", "user.name_format", "用户名只能由字母、数字、点、短横线和下划线组成，并以字母或数字开头。"));
        }
        else if (await users.FindByNameAsync(userName) is not null)
        {
            errors.Add(NameTaken(userName));
        }
    }

    public static Error NameTaken(string userName) => Error.Validation("userName", "user.name_taken", $"用户名“{userName}”已存在。");

    public static async Task ValidatePasswordAsync(UserManager<AppUser> users, AppUser user, string? password, List<Error> errors)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors.Add(Error.Validation("password", "validation.required", "请设置初始密码。"));
            return;
        }

        var lacking = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            lacking.AddRange(result.Errors.Select(e => IdentityMessages.Lacking(e.Code)));
        }

        if (lacking.Count > 0)
        {
            errors.Add(Error.Validation("password", "user.password_policy", $"密码不符合要求：{string.Join("；", lacking)}。"));
        }
    }

    /// <summary>Display name, unit and roles of a new or edited account; returns the roles to keep, in the order of <see cref="Roles.All"/>.</summary>
    public static async Task<IReadOnlyList<string>> ValidateProfileAsync(XinfangDbContext db, AppUser? current, string? displayName, int? unitId,
        IReadOnlyList<string>? roles, List<Error> errors, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(displayName))
        {
            errors.Add(Error.Validation("displayName", "validation.required", "请填写姓名（显示名）。"));
        }
        else if (displayName.Length > MaxDisplayNameLength)
        {
            errors.Add(Error.Validation("displayName", "validation.too_long", $"姓名不能超过{MaxDisplayNameLength}个字。"));
        }

        var wanted = (roles ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).ToList();
        var unknown = wanted.Where(r => !Roles.All.Contains(r)).ToList();
        var chosen = Roles.All.Where(wanted.Contains).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(Error.Validation("roles", "validation.unknown_value", $"未知的角色：{string.Join("、", unknown)}。"));
        }
        else if (chosen.Count == 0)
        {
            errors.Add(Error.Validation("roles", "validation.required", "请至少选择一个角色。"));
        }

        if (unitId is null)
        {
            errors.Add(chosen.Any(UnitScoped.Contains)
                ? Error.Validation("unitId", "user.unit_required_for_role", "承办人、单位负责人须指定所属单位。")
                : Error.Validation("unitId", "validation.required", "请选择所属单位。"));
        }
        else
        {
            var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
            if (unit is null)
            {
                errors.Add(Error.Validation("unitId", "validation.not_found", $"单位 {unitId} 不存在。"));
            }
            else if (!unit.IsActive && current?.UnitId != unitId)
            {
                errors.Add(Error.Validation("unitId", "unit.inactive", $"单位“{unit.Name}”已停用，不能再加入人员。"));
            }
        }

        return chosen;
    }
}
