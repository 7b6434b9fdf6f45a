using System.Net;
using Microsoft.EntityFrameworkCore;
using Xinfang.Cli;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using static Xinfang.IntegrationTests.Admin.CommandLine;
using Xinfang.Core.Audit;

namespace Xinfang.IntegrationTests.Admin;

/// <summary>`xinfang user create` and `xinfang user reset-password` against a database set up outside demo mode:
/// refusals name the option in Chinese, exit non-zero and store nothing; a password is only ever read from
/// standard input or the terminal. The database is shared by the tests of the class, so every name is fresh.</summary>
public abstract class UserCommandContract(XinfangApp app)
{
    private const string Password = "Cli@Passw0rd";
    private const string NewPassword = "Cli@Reset2026";

    [Fact]
    public async Task UserCreate_WithATakenUserName_IsRefusedOnThatOptionAndStoresNothing()
    {
        var name = "dup-" + Tag();
        Assert.Equal(0, (await CreateAsync(name, "张三", Password)).Exit);
        var before = await CountsAsync();

        var again = await CreateAsync(name.ToUpperInvariant(), "李四", Password);

        Assert.Equal(UserCommands.Refused, again.Exit);
        Assert.Contains($"--user-name：用户名“{name.ToUpperInvariant()}”已存在。", again.Error);
        Assert.Equal("", again.Output);
        Assert.Equal(before, await CountsAsync());
        await SignInAsync(app, name, Password);
    }

    [Fact]
    public async Task UserCreate_WithAWeakPassword_IsRefusedWithWhatItLacksAndStoresNothing()
    {
        var name = "weak-" + Tag();
        var before = await CountsAsync();

        var run = await CreateAsync(name, "张三", "password");

        Assert.Equal(UserCommands.Refused, run.Exit);
        Assert.Contains("密码：密码不符合要求：", run.Error);
        Assert.Contains("须含数字", run.Error);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(app, name, "password")).StatusCode);
    }

    [Fact]
    public async Task UserCreate_WithAnUnknownRoleOrUnitOrNoName_IsRefusedOnThoseOptions()
    {
        var before = await CountsAsync();

        var role = await CreateAsync("role-" + Tag(), "张三", Password, "--role", "Boss");
        var unit = await CreateAsync("unit-" + Tag(), "张三", Password, "--unit", "NO-SUCH-UNIT");
        var blank = await CreateAsync(" ", " ", Password);

        Assert.Equal((UserCommands.Refused, UserCommands.Refused, UserCommands.Refused), (role.Exit, unit.Exit, blank.Exit));
        Assert.Contains("--role：未知的角色：Boss。", role.Error);
        Assert.Contains("--unit：单位“NO-SUCH-UNIT”不存在", unit.Error);
        Assert.Contains("--user-name：请填写用户名（登录账号）。", blank.Error);
        Assert.Contains("--display-name：请填写姓名（显示名）。", blank.Error);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task UserCreate_WithAUnitCodeAndChineseRoleNames_GivesThoseRolesInThatUnit()
    {
        Assert.Equal(0, (await CreateAsync("admin-" + Tag(), "王管理", Password)).Exit); // the bureau, if the database had none
        var name = "sup-" + Tag();

        var run = await CreateAsync(name, "赵督办", Password, "--unit", "bureau", "--role", "督办员", "--role", "dispatcher");

        Assert.True(run.Exit == 0, run.Error);
        Assert.Contains($"已新增账号 {name}（赵督办），角色：派单员、督办员，单位：", run.Output);
        var (_, token) = await SignInAsync(app, name, Password);
        Assert.Equal([Roles.Dispatcher, Roles.Supervisor], token.Roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UserCreate_OnTheTerminal_AsksTwiceAndRefusesAMismatchOrAMissingTerminal()
    {
        var name = "tty-" + Tag();
        var before = await CountsAsync();

        var mismatch = await RunAsync(app, new FakeTerminal(Password, Password + "x"), "", CreateArgs(name, "张三"));
        var noTerminal = await RunAsync(app, new FakeTerminal(), "", CreateArgs(name, "张三"));

        Assert.Equal(UserCommands.Refused, mismatch.Exit);
        Assert.Contains("两次输入的密码不一致", mismatch.Error);
        Assert.Equal(UserCommands.Refused, noTerminal.Exit);
        Assert.Contains("--password-stdin", noTerminal.Error);
        Assert.Equal(before, await CountsAsync());

        var terminal = new FakeTerminal(Password, Password);
        var typed = await RunAsync(app, terminal, "", CreateArgs(name, "张三"));
        Assert.True(typed.Exit == 0, typed.Error);
        Assert.Equal(["密码：", "再次输入密码："], terminal.Prompts);
        await SignInAsync(app, name, Password);
    }

    [Fact]
    public async Task ResetPassword_LetsTheUserSignInWithTheNewPasswordOnlyAndEndsTheirSession()
    {
        var name = "reset-" + Tag();
        Assert.Equal(0, (await CreateAsync(name, "王管理", Password)).Exit);
        var (session, _) = await SignInAsync(app, name, Password);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/admin/users", TestContext.Current.CancellationToken)).StatusCode);

        var run = await RunAsync(app, NewPassword + "\n", "user", "reset-password", "--user-name", name, "--password-stdin");

        Assert.True(run.Exit == 0, run.Error);
        Assert.Contains($"已重置账号 {name}（王管理）的密码，角色：管理员", run.Output);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(app, name, Password)).StatusCode);
        // A new sign-in works at once, although the web app (another process) still remembers the old stamp ...
        var (renewed, _) = await SignInAsync(app, name, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/admin/users", TestContext.Current.CancellationToken)).StatusCode);
        // ... and the old session has ended (at the latest once that memory lapses).
        app.Clock.Advance(SessionStamps.Lifetime);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/admin/users", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/admin/users", TestContext.Current.CancellationToken)).StatusCode);
        await using var scope = app.Scope();
        var id = (await XinfangApp.Db(scope).Users.SingleAsync(u => u.UserName == name, TestContext.Current.CancellationToken)).Id.ToString();
        Assert.Contains(await XinfangApp.Db(scope).AuditEntries.Where(a => a.EntityType == nameof(AppUser) && a.EntityId == id && a.Action == "Modified")
            .Select(a => a.UserName).ToListAsync(TestContext.Current.CancellationToken), author => author == "system:cli");
    }

    [Fact]
    public async Task ResetPassword_WithAWeakPasswordOrAnUnknownUser_IsRefusedAndChangesNothing()
    {
        var name = "keep-" + Tag();
        Assert.Equal(0, (await CreateAsync(name, "张三", Password)).Exit);
        var before = await CountsAsync();

        var weak = await RunAsync(app, "short\n", "user", "reset-password", "--user-name", name, "--password-stdin");
        var unknown = await RunAsync(app, NewPassword + "\n", "user", "reset-password", "--user-name", "nobody-" + Tag(), "--password-stdin");
        var empty = await RunAsync(app, "", "user", "reset-password", "--user-name", name, "--password-stdin");

        Assert.Equal((UserCommands.Refused, UserCommands.Refused, UserCommands.Refused), (weak.Exit, unknown.Exit, empty.Exit));
        Assert.Contains("密码：密码不符合要求：至少8位", weak.Error);
        Assert.Contains("--user-name：用户名“nobody-", unknown.Error);
        Assert.Contains("标准输入为空", empty.Error);
        Assert.Equal(before, await CountsAsync());
        await SignInAsync(app, name, Password);
    }

    private static string[] CreateArgs(string userName, string displayName, params string[] extra) =>
        ["user", "create", "--user-name", userName, "--display-name", displayName,
            .. (extra.Contains("--role") ? [] : new[] { "--role", "Admin" }), .. extra];

    private Task<Run> CreateAsync(string userName, string displayName, string password, params string[] extra) =>
        RunAsync(app, password + "\n", [.. CreateArgs(userName, displayName, extra), "--password-stdin"]);

    /// <summary>Accounts, units and audit lines: what a refused command must leave as it was.</summary>
    private async Task<(int Users, int Units, int AuditLines)> CountsAsync()
    {
        await using var scope = app.Scope();
        var db = XinfangApp.Db(scope);
        var ct = TestContext.Current.CancellationToken;
        return (await db.Users.CountAsync(ct), await db.Units.CountAsync(ct), await db.AuditEntries.CountAsync(ct));
    }
}

public sealed class SqliteUserCommandTests(SqliteNonDemoApp app) : UserCommandContract(app), IClassFixture<SqliteNonDemoApp>;

public sealed class PostgresUserCommandTests(PostgresNonDemoApp app) : UserCommandContract(app), IClassFixture<PostgresNonDemoApp>;
