using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Organisation.Features;

namespace Xinfang.Cli;

/// <summary>
/// `xinfang user create | reset-password`: accounts from the server's command line — the first administrator of a
/// database set up outside demo mode, and an administrator who lost their password. The same use cases as
/// 系统管理 (field checks, password policy, audit), run as <see cref="Actor.CommandLine"/>. A password is never an
/// argument (it would stay in the shell history and show in ps): it is read from standard input with
/// --password-stdin, or asked twice on the terminal without echo.
/// </summary>
internal static class UserCommands
{
    /// <summary>The exit code when the input is refused (System.CommandLine gives 1 for a malformed command line).</summary>
    public const int Refused = 2;

    /// <summary>The code of the bureau a fresh database gets with its first account (as in the demo district).</summary>
    public const string BureauCode = "BUREAU";

    public static Command Create(CliContext context)
    {
        var user = new Command("user", "账号：新增账号（如全新数据库的第一个管理员）、重置密码");
        user.Subcommands.Add(CreateCommand(context));
        user.Subcommands.Add(ResetPasswordCommand(context));
        return user;
    }

    private static Command CreateCommand(CliContext context)
    {
        var userName = new Option<string>("--user-name") { Description = "用户名（登录账号）", Required = true };
        var displayName = new Option<string>("--display-name") { Description = "姓名（显示名）", Required = true };
        var roles = new Option<string[]>("--role")
        {
            Description = "角色，可重复：" + string.Join("、", Roles.All.Select(r => $"{r}（{Roles.ChineseName(r)}）")),
            Required = true,
        };
        var unit = new Option<string?>("--unit") { Description = "所属单位的编号或编码；不填为信访局（全新数据库还没有任何单位时，一并创建信访局）" };
        var passwordStdin = PasswordStdinOption();
        var command = new Command("create", "新增账号，经与系统管理相同的校验、密码规则与审计（审计中记为 system:cli）")
        {
            userName, displayName, roles, unit, passwordStdin,
        };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (ReadPassword(context, parse.GetValue(passwordStdin), error) is not { } password)
            {
                return Refused;
            }

            await using var services = context.Services();
            await using var scope = services.CreateAsyncScope();
            var provider = scope.ServiceProvider;
            var db = await DbCommands.MigrateAsync(provider, ct);
            provider.GetRequiredService<ActorAccessor>().Actor = Actor.CommandLine;

            // The bureau a fresh database gets and the account are stored together, or neither.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var place = await UnitOfAsync(provider, db, parse.GetValue(unit), ct);
            if (!place.IsSuccess)
            {
                return Refuse(error, "未能新增账号：", place.Errors);
            }

            var request = new CreateUserRequest(parse.GetValue(userName), parse.GetValue(displayName), place.Value.Unit.Id,
                [.. parse.GetValue(roles)!.Select(RoleNamed)], password);
            var created = await provider.GetRequiredService<CreateUser>().HandleAsync(request, Actor.CommandLine, ct);
            if (!created.IsSuccess)
            {
                return Refuse(error, "未能新增账号：", created.Errors);
            }

            await transaction.CommitAsync(ct);
            var output = parse.InvocationConfiguration.Output;
            if (place.Value.Created)
            {
                output.WriteLine($"数据库中还没有单位，已创建信访局“{place.Value.Unit.Name}”（编码 {BureauCode}），可在 系统管理 → 单位 中改名。");
            }

            var account = created.Value;
            output.WriteLine($"已新增账号 {account.UserName}（{account.DisplayName}），角色：{ChineseRoles(account.Roles)}，单位：{place.Value.Unit.Name}。");
            return 0;
        });
        return command;
    }

    private static Command ResetPasswordCommand(CliContext context)
    {
        var userName = new Option<string>("--user-name") { Description = "要重置密码的用户名（登录账号）", Required = true };
        var passwordStdin = PasswordStdinOption();
        var command = new Command("reset-password", "重置账号密码（如管理员忘记密码），该账号已登录的会话在 30 秒内失效") { userName, passwordStdin };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (ReadPassword(context, parse.GetValue(passwordStdin), error) is not { } password)
            {
                return Refused;
            }

            await using var services = context.Services();
            await using var scope = services.CreateAsyncScope();
            var provider = scope.ServiceProvider;
            // A password reset does not upgrade the schema under a running web app: that is `db migrate`'s job.
            if ((await provider.GetRequiredService<XinfangDbContext>().Database.GetPendingMigrationsAsync(ct)).Any())
            {
                return Refuse(error, "未能重置密码：",
                    [Error.Validation("database", "database.not_migrated", "数据库尚未升级到本版本，请先运行 xinfang db migrate。")]);
            }

            provider.GetRequiredService<ActorAccessor>().Actor = Actor.CommandLine;
            var users = provider.GetRequiredService<UserManager<AppUser>>();
            var name = parse.GetValue(userName)!.Trim();
            if (await users.FindByNameAsync(name) is not { } account)
            {
                return Refuse(error, "未能重置密码：", [Error.Validation("userName", "user.not_found", $"用户名“{name}”不存在。")]);
            }

            var reset = await provider.GetRequiredService<UserAccounts>().ResetPasswordAsync(account.Id, new ResetPasswordRequest(password), Actor.CommandLine, ct);
            if (!reset.IsSuccess)
            {
                return Refuse(error, "未能重置密码：", reset.Errors);
            }

            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"已重置账号 {account.UserName}（{account.DisplayName}）的密码，角色：{ChineseRoles(await users.GetRolesAsync(account))}；该账号已登录的会话将在 30 秒内失效。");
            if (!account.IsActive)
            {
                output.WriteLine("注意：该账号已停用，须由管理员在 系统管理 → 用户与角色 中启用后才能登录。");
            }
            else if (await users.IsLockedOutAsync(account))
            {
                output.WriteLine("注意：该账号目前被锁定（连续登录失败的锁定15分钟后自动解除；管理员设置的锁定须由管理员解锁）。");
            }

            return 0;
        });
        return command;
    }

    private static Option<bool> PasswordStdinOption() =>
        new("--password-stdin") { Description = "从标准输入读取密码（一行）；不加则在终端提示输入两次，不回显。密码不能作为参数传入" };

    /// <summary>The password from standard input, or typed twice on the terminal; null (and why, on
    /// <paramref name="error"/>) when there is none to use.</summary>
    private static string? ReadPassword(CliContext context, bool fromStdin, TextWriter error)
    {
        if (fromStdin)
        {
            var line = context.Input.ReadLine();
            if (line is null)
            {
                error.WriteLine("--password-stdin：标准输入为空，没有读到密码。");
            }

            return line;
        }

        var first = context.ReadSecret("密码：");
        if (first is null)
        {
            error.WriteLine("标准输入不是终端，无法提示输入密码：请加 --password-stdin，从标准输入传入密码。");
            return null;
        }

        if (context.ReadSecret("再次输入密码：") != first)
        {
            error.WriteLine("两次输入的密码不一致，未做任何更改。");
            return null;
        }

        return first;
    }

    /// <summary>The unit named by <c>--unit</c> (number or code), else the bureau. A database set up outside demo
    /// mode has no unit at all before its first account: then the bureau is created (in the caller's transaction).</summary>
    private static async Task<Result<(Unit Unit, bool Created)>> UnitOfAsync(IServiceProvider services, XinfangDbContext db, string? given, CancellationToken ct)
    {
        var text = given?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            var code = text.ToUpperInvariant();
            var found = int.TryParse(text, out var id)
                ? await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct)
                : await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
            return found is null
                ? Error.Validation("unitId", "validation.not_found", $"单位“{text}”不存在（请填单位编号或编码）。")
                : (found, false);
        }

        if (await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Kind == UnitKind.Bureau, ct) is { } bureau)
        {
            return (bureau, false);
        }

        if (await db.Units.AnyAsync(ct))
        {
            return Error.Validation("unitId", "validation.required", "数据库中没有信访局，请用 --unit 指定所属单位（编号或编码）。");
        }

        if (services.GetRequiredService<DemoSettings>().Enabled)
        {
            // Demo mode fills a database that has no unit yet with the whole sample district: do not pre-empt it.
            return Error.Validation("unitId", "demo.not_seeded", "演示数据库还没有演示区划：请先启动一次 Web 应用（自动创建演示单位与账号），或关闭演示模式（Demo__Enabled=false）。");
        }

        var district = services.GetRequiredService<DistrictOptions>();
        var created = await services.GetRequiredService<CreateUnit>()
            .HandleAsync(new CreateUnitRequest(BureauCode, $"{district.Name}信访局", UnitKind.Bureau), Actor.CommandLine, ct);
        return created.IsSuccess
            ? (await db.Units.AsNoTracking().FirstAsync(u => u.Id == created.Value.Id, ct), true)
            : Result.Failure<(Unit, bool)>([.. created.Errors]);
    }

    /// <summary>A role by its identifier in any case, or by its Chinese name; anything else is passed on for the
    /// use case to refuse.</summary>
    private static string RoleNamed(string text)
    {
        var trimmed = text.Trim();
        return Roles.All.FirstOrDefault(r => string.Equals(r, trimmed, StringComparison.OrdinalIgnoreCase) || Roles.ChineseName(r) == trimmed)
            ?? trimmed;
    }

    private static string ChineseRoles(IEnumerable<string> roles) =>
        string.Join("、", Roles.All.Where(roles.Contains).Select(Roles.ChineseName));

    /// <summary>Each refusal on its own line, after the option it concerns.</summary>
    private static int Refuse(TextWriter error, string heading, IEnumerable<Error> errors)
    {
        error.WriteLine(heading);
        foreach (var e in errors)
        {
            error.WriteLine($"  {OptionOf(e.Field)}{e.Message}");
        }

        return Refused;
    }

    private static string OptionOf(string? field) => field switch
    {
        "userName" => "--user-name：",
        "displayName" => "--display-name：",
        "roles" => "--role：",
        "unitId" => "--unit：",
        "password" => "密码：",
        _ => "",
    };
}
