using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Xinfang.Cli;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Organisation.Features;
using static Xinfang.IntegrationTests.Admin.CommandLine;
using Xinfang.Core.Audit;

namespace Xinfang.IntegrationTests.Admin;

/// <summary>A database set up outside demo mode has no unit, no account and no default password: the first
/// administrator comes from `xinfang user create` on the server, through the same use case, checks and audit as
/// 系统管理. Its own fresh database per provider, as the story starts from an empty one.</summary>
public abstract class FirstAdministratorContract(XinfangApp app)
{
    private const string Password = "First@Admin2026";

    [Fact]
    public async Task UserCreate_OnAnEmptyNonDemoDatabase_CreatesTheBureauAndAnAdministratorWhoSignsIn()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = app.Scope())
        {
            var db = XinfangApp.Db(scope);
            Assert.False(await db.Units.AnyAsync(ct));
            Assert.False(await db.Users.AnyAsync(ct));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(app, "admin", XinfangApp.Password)).StatusCode);

        // A weak password is refused with what it lacks, and nothing is stored — not even the bureau.
        var weak = await RunAsync(app, "admin2026\n",
            "user", "create", "--user-name", "admin", "--display-name", "王管理", "--role", "Admin", "--password-stdin");
        Assert.Equal(UserCommands.Refused, weak.Exit);
        Assert.Contains("密码：密码不符合要求：", weak.Error);
        Assert.Contains("须含大写字母", weak.Error);
        Assert.Equal("", weak.Output);
        await using (var scope = app.Scope())
        {
            var db = XinfangApp.Db(scope);
            Assert.False(await db.Units.AnyAsync(ct));
            Assert.False(await db.Users.AnyAsync(ct));
        }

        var run = await RunAsync(app, Password + "\n",
            "user", "create", "--user-name", "admin", "--display-name", "王管理", "--role", "Admin", "--password-stdin");
        Assert.True(run.Exit == 0, run.Error);
        Assert.Contains("已创建信访局“攀枝花市仁和区信访局”（编码 BUREAU）", run.Output);
        Assert.Contains("已新增账号 admin（王管理），角色：管理员，单位：攀枝花市仁和区信访局。", run.Output);

        var (admin, token) = await SignInAsync(app, "admin", Password);
        Assert.Equal([Roles.Admin], token.Roles);
        var users = await admin.GetFromJsonAsync<List<UserAdminView>>("/api/admin/users", Json.Options, ct);
        var account = Assert.Single(users!);
        Assert.Equal(("admin", "攀枝花市仁和区信访局", true), (account.UserName, account.UnitName, account.IsActive));
        var units = await admin.GetFromJsonAsync<List<UnitAdminView>>("/api/admin/units", Json.Options, ct);
        var bureau = Assert.Single(units!);
        Assert.Equal((UserCommands.BureauCode, UnitKind.Bureau, account.UnitId), (bureau.Code, bureau.Kind, bureau.Id));

        // The audit trail names the command line as the author of the bureau, the account and its role.
        await using (var scope = app.Scope())
        {
            var lines = await XinfangApp.Db(scope).AuditEntries.Where(a => a.EntityType == nameof(Unit) || a.EntityType == nameof(AppUser)
                || a.EntityType.StartsWith("IdentityUserRole")).ToListAsync(ct);
            Assert.Equal(["AppUser", "IdentityUserRole`1", "Unit"], lines.Select(a => a.EntityType).Distinct().Order(StringComparer.Ordinal));
            Assert.All(lines, a => Assert.Equal((0, "system:cli"), (a.UserId, a.UserName)));
            Assert.DoesNotContain(lines, a => (a.After ?? "").Contains("PasswordHash", StringComparison.Ordinal));
        }
    }
}

public sealed class SqliteFirstAdministratorTests(SqliteNonDemoApp app) : FirstAdministratorContract(app), IClassFixture<SqliteNonDemoApp>;

public sealed class PostgresFirstAdministratorTests(PostgresNonDemoApp app) : FirstAdministratorContract(app), IClassFixture<PostgresNonDemoApp>;
