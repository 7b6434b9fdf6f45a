using Xinfang.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Xinfang.Core.Common;

namespace Xinfang.Core.Organisation.Features;

/// <summary>ASP.NET Core Identity's errors (password policy, user names) in Chinese, on the field they concern.</summary>
public static class IdentityMessages
{
    public static string Chinese(string code) => code switch
    {
        "PasswordMismatch" => "当前密码不正确",
        "PasswordTooShort" => "密码至少8位",
        "PasswordRequiresDigit" => "密码须包含数字",
        "PasswordRequiresLower" => "密码须包含小写字母",
        "PasswordRequiresUpper" => "密码须包含大写字母",
        "PasswordRequiresNonAlphanumeric" => "密码须包含符号",
        "PasswordRequiresUniqueChars" => "密码须包含更多不同的字符",
        "DuplicateUserName" => "用户名已存在",
        "InvalidUserName" => "用户名含有不允许的字符",
        "UserLockoutNotEnabled" => "该账号未启用锁定",
        "ConcurrencyFailure" => "账号已被他人同时修改，请刷新后重试",
        _ => code,
    };

    /// <summary>What a password still lacks, as a short phrase to list after “密码不符合要求：”.</summary>
    public static string Lacking(string code) => code switch
    {
        "PasswordTooShort" => "至少8位",
        "PasswordRequiresDigit" => "须含数字",
        "PasswordRequiresLower" => "须含小写字母",
        "PasswordRequiresUpper" => "须含大写字母",
        "PasswordRequiresNonAlphanumeric" => "须含符号",
        "PasswordRequiresUniqueChars" => "须含更多不同的字符",
        _ => Chinese(code),
    };

    /// <summary>Each failure as a validation error on its field: password rules on <paramref name="passwordField"/>,
    /// user-name rules on userName.</summary>
    public static Error[] ToErrors(IdentityResult result, string passwordField = "password") => result.Errors
        .Select(e => e.Code.StartsWith("Password", StringComparison.Ordinal) && e.Code != "PasswordMismatch"
            ? Error.Validation(passwordField, "user.password_policy", Chinese(e.Code) + "。")
            : e.Code.Contains("UserName", StringComparison.Ordinal)
                ? Error.Validation("userName", e.Code == "DuplicateUserName" ? "user.name_taken" : "user.name_format", Chinese(e.Code) + "。")
                : e.Code == "ConcurrencyFailure"
                    ? Error.Conflict("user.stale", Chinese(e.Code) + "。")
                    : Error.Rule("user.identity_" + e.Code, Chinese(e.Code) + "。"))
        .ToArray();
}
