using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Organisation.Features;
using Xinfang.Web.Api;
using Xinfang.Core.Audit;

namespace Xinfang.IntegrationTests.Admin;

/// <summary>Administration over HTTP: units, accounts and categories, Admin only, every change audited.
/// The database is shared with the other contracts of the collection, so every name here is fresh.</summary>
public abstract class AdminContract(XinfangApp app)
{
    private const string NewPassword = "Unit@Handler2026";

    [Fact]
    public async Task NewUnitAndHandler_GetATokenAndSeeOnlyTheirUnitsCases()
    {
        var admin = await app.As("admin");
        var unit = await CreateUnitAsync(admin, UnitKind.Department);
        var userName = "h-" + Tag();
        var created = await admin.PostAsJsonAsync("/api/admin/users",
            new CreateUserRequest(userName, "承办人 测试", unit.Id, [Roles.Handler], NewPassword), Json.Options);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = (await created.Content.ReadFromJsonAsync<UserAdminView>(Json.Options))!;
        Assert.Equal((unit.Name, true, false), (user.UnitName, user.IsActive, user.IsLocked));
        Assert.Equal([Roles.Handler], user.Roles);

        // The new unit is offered for dispatch at once (the cached directory was refreshed).
        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        Assert.Equal(unit.Id, await dispatcher.UnitIdAsync(unit.Name));
        var (category, region) = await registrar.PlaceAsync();
        var mine = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, content: "新单位承办的事项"));
        var theirs = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, content: "其他单位承办的事项"));
        await dispatcher.ActOkAsync(mine.Id, "dispatch", new { mode = "Forward", leadUnitId = unit.Id });
        await dispatcher.ActOkAsync(theirs.Id, "dispatch", new { mode = "Forward", leadUnitId = await dispatcher.UnitIdAsync("仁和镇人民政府") });

        var handler = await SignInAsync(userName, NewPassword);
        var listed = (await handler.ListAsync("pageSize=100")).Items.Select(i => i.Id).ToList();
        Assert.Equal([mine.Id], listed);
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync($"/api/cases/{mine.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.GetAsync($"/api/cases/{theirs.Id}")).StatusCode);
        await handler.ActOkAsync(mine.Id, "sign");
    }

    [Fact]
    public async Task CreateUnit_WithATakenCodeOrName_IsRejectedOnThatField()
    {
        var admin = await app.As("admin");
        var existing = await CreateUnitAsync(admin, UnitKind.Enterprise);

        var sameCode = await admin.PostAsJsonAsync("/api/admin/units",
            new CreateUnitRequest(existing.Code.ToLowerInvariant(), "另一个单位" + Tag(), UnitKind.Enterprise), Json.Options);
        var sameName = await admin.PostAsJsonAsync("/api/admin/units",
            new CreateUnitRequest("X" + Tag(), existing.Name, UnitKind.Enterprise), Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, sameCode.StatusCode);
        Assert.Equal(("unit.code_taken", $"单位编码“{existing.Code}”已存在。"), await FieldErrorAsync(sameCode, "code"));
        Assert.Equal(HttpStatusCode.BadRequest, sameName.StatusCode);
        Assert.Equal("unit.name_taken", (await FieldErrorAsync(sameName, "name")).Code);
        await using var scope = app.Scope();
        Assert.Equal(1, await XinfangApp.Db(scope).Units.CountAsync(u => u.Name == existing.Name));
    }

    [Fact]
    public async Task CreateUser_WithATakenUserName_IsRejectedOnTheUserNameField()
    {
        var admin = await app.As("admin");
        var unit = await CreateUnitAsync(admin, UnitKind.Department);

        var response = await admin.PostAsJsonAsync("/api/admin/users",
            new CreateUserRequest("Registrar", "重名用户", unit.Id, [Roles.Handler], NewPassword), Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (code, message) = await FieldErrorAsync(response, "userName");
        Assert.Equal("user.name_taken", code);
        Assert.Contains("已存在", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_BreakingTheRules_GetsAChineseErrorOnEachField()
    {
        var admin = await app.As("admin");

        var response = await admin.PostAsJsonAsync("/api/admin/users",
            new CreateUserRequest("新 用户", "", null, [Roles.UnitHead, "Wizard"], "short"), Json.Options);
        var township = await admin.PostAsJsonAsync("/api/admin/units",
            new CreateUnitRequest("TW" + Tag(), "无乡镇的乡镇单位" + Tag(), UnitKind.Township), Json.Options);
        var headWithoutUnit = await admin.PostAsJsonAsync("/api/admin/users",
            new CreateUserRequest("head-" + Tag(), "单位负责人", null, [Roles.UnitHead], NewPassword), Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("user.name_format", (await FieldErrorAsync(response, "userName")).Code);
        Assert.Equal("validation.required", (await FieldErrorAsync(response, "displayName")).Code);
        Assert.Equal("validation.unknown_value", (await FieldErrorAsync(response, "roles")).Code);
        var (passwordCode, passwordMessage) = await FieldErrorAsync(response, "password");
        Assert.Equal("user.password_policy", passwordCode);
        Assert.Contains("至少8位", passwordMessage, StringComparison.Ordinal);
        Assert.Equal("validation.required", (await FieldErrorAsync(township, "regionId")).Code);
        Assert.Equal("user.unit_required_for_role", (await FieldErrorAsync(headWithoutUnit, "unitId")).Code);
    }

    [Fact]
    public async Task AdminEndpoints_ForANonAdmin_Answer403AndChangeNothing()
    {
        var registrar = await app.As("registrar");
        var code = "NA" + Tag();

        var list = await registrar.GetAsync("/api/admin/users");
        var create = await registrar.PostAsJsonAsync("/api/admin/units", new CreateUnitRequest(code, "越权单位" + code, UnitKind.Enterprise), Json.Options);
        var deactivate = await (await app.As("leader")).PostAsync($"/api/admin/units/{await registrar.UnitIdAsync("仁和镇人民政府")}/deactivate", null);

        foreach (var response in new[] { list, create, deactivate })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("admin.forbidden", (await response.ProblemAsync()).GetProperty("code").GetString());
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/admin/units")).StatusCode);
        await using var scope = app.Scope();
        Assert.False(await XinfangApp.Db(scope).Units.AnyAsync(u => u.Code == code));
        Assert.True((await XinfangApp.Db(scope).Units.SingleAsync(u => u.Name == "仁和镇人民政府")).IsActive);
    }

    [Fact]
    public async Task DeactivatedCategory_IsRejectedAtRegistrationAndNoLongerOffered()
    {
        var admin = await app.As("admin");
        var registrar = await app.As("registrar");
        var (_, region) = await registrar.PlaceAsync();
        var top = (await admin.GetFromJsonAsync<List<CategoryAdminView>>("/api/admin/categories", Json.Options))!.Single(c => c.Name == "城乡建设");
        var added = await admin.PostAsJsonAsync("/api/admin/categories", new AddCategoryRequest(top.Id, "加装电梯纠纷" + Tag()), Json.Options);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var category = (await added.Content.ReadFromJsonAsync<CategoryAdminView>(Json.Options))!;
        Assert.StartsWith(top.Code, category.Code, StringComparison.Ordinal);
        await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category.Id, region, content: "新分类下的事项"));

        var deactivated = await admin.PostAsync($"/api/admin/categories/{category.Id}/deactivate", null);
        var refused = await registrar.PostAsJsonAsync("/api/cases", ApiClient.Letter(app.Clock.GetUtcNow(), category.Id, region, content: "停用分类下的事项"), Json.Options);
        var offered = await registrar.GetFromJsonAsync<List<CategoryView>>("/api/organisation/categories", Json.Options);

        Assert.False((await deactivated.Content.ReadFromJsonAsync<CategoryAdminView>(Json.Options))!.IsActive);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("category.inactive", (await FieldErrorAsync(refused, "categoryId")).Code);
        Assert.DoesNotContain(offered!, c => c.Id == category.Id);
        Assert.Contains(offered!, c => c.Id == top.Id);
    }

    [Fact]
    public async Task AdminChanges_AreAuditedUnderTheAdministratorsName()
    {
        var admin = await app.As("admin");
        var unit = await CreateUnitAsync(admin, UnitKind.Department);
        var renamed = await admin.PutAsJsonAsync($"/api/admin/units/{unit.Id}", new EditUnitRequest(unit.Name + "（更名）", UnitKind.Department), Json.Options);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var user = await CreateHandlerAsync(admin, unit.Id);

        await using var scope = app.Scope();
        var audit = await XinfangApp.Db(scope).AuditEntries
            .Where(a => (a.EntityType == nameof(Unit) && a.EntityId == unit.Id.ToString()) || (a.EntityType == nameof(AppUser) && a.EntityId == user.Id.ToString()))
            .OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([(nameof(Unit), "Added"), (nameof(Unit), "Modified"), (nameof(AppUser), "Added")],
            audit.Select(a => (a.EntityType, a.Action)).Take(3));
        Assert.All(audit, a => Assert.Equal("admin", a.UserName));
        Assert.Contains($"\"Name\":\"{unit.Name}\"", audit[1].Before, StringComparison.Ordinal);
        Assert.Contains($"\"Name\":\"{unit.Name}（更名）\"", audit[1].After, StringComparison.Ordinal);
        Assert.Contains($"\"UserName\":\"{user.UserName}\"", audit[2].After, StringComparison.Ordinal);
        Assert.DoesNotContain("PasswordHash", audit[2].After, StringComparison.Ordinal);
        var roleLine = await XinfangApp.Db(scope).AuditEntries
            .SingleAsync(a => a.EntityType.StartsWith("IdentityUserRole") && a.EntityId!.StartsWith(user.Id + ","));
        Assert.Equal(("admin", "Added"), (roleLine.UserName, roleLine.Action));
    }

    [Fact]
    public async Task Admin_CannotRemoveTheirOwnAdminRoleNorLockOrDeactivateThemselves()
    {
        var admin = await app.As("admin");
        var self = (await admin.GetFromJsonAsync<List<UserAdminView>>("/api/admin/users", Json.Options))!.Single(u => u.UserName == "admin");

        var demote = await admin.PutAsJsonAsync($"/api/admin/users/{self.Id}", new EditUserRequest(self.DisplayName, self.UnitId, [Roles.Registrar]), Json.Options);
        var lockSelf = await admin.PostAsync($"/api/admin/users/{self.Id}/lock", null);
        var deactivateSelf = await admin.PostAsync($"/api/admin/users/{self.Id}/deactivate", null);

        Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        Assert.Equal("user.own_admin_role", (await FieldErrorAsync(demote, "roles")).Code);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, lockSelf.StatusCode);
        Assert.Equal("user.cannot_lock_self", (await lockSelf.ProblemAsync()).GetProperty("code").GetString());
        Assert.Equal("user.cannot_deactivate_self", (await deactivateSelf.ProblemAsync()).GetProperty("code").GetString());
        var after = (await admin.GetFromJsonAsync<List<UserAdminView>>("/api/admin/users", Json.Options))!.Single(u => u.UserName == "admin");
        Assert.Equal((true, false), (after.IsActive, after.IsLocked));
        Assert.Equal([Roles.Admin], after.Roles);
    }

    [Fact]
    public async Task LockedDeactivatedOrResetAccounts_LoseTheirSessionsAndSignInOnlyAsAllowed()
    {
        var admin = await app.As("admin");
        var unit = await CreateUnitAsync(admin, UnitKind.Department);
        var user = await CreateHandlerAsync(admin, unit.Id);
        var session = await SignInAsync(user.UserName, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/cases")).StatusCode);

        var locked = await admin.PostAsync($"/api/admin/users/{user.Id}/lock", null);
        Assert.True((await locked.Content.ReadFromJsonAsync<UserAdminView>(Json.Options))!.IsLocked);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/cases")).StatusCode);
        var refused = await TokenAsync(user.UserName, NewPassword);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("auth.disabled", (await refused.ProblemAsync()).GetProperty("code").GetString());

        await admin.PostAsync($"/api/admin/users/{user.Id}/unlock", null);
        session = await SignInAsync(user.UserName, NewPassword);
        var reset = await admin.PostAsJsonAsync($"/api/admin/users/{user.Id}/password", new ResetPasswordRequest("Reset@Passw0rd"), Json.Options);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(user.UserName, NewPassword)).StatusCode);
        session = await SignInAsync(user.UserName, "Reset@Passw0rd");

        await admin.PostAsync($"/api/admin/users/{user.Id}/deactivate", null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await TokenAsync(user.UserName, "Reset@Passw0rd")).StatusCode);
        await admin.PostAsync($"/api/admin/users/{user.Id}/reactivate", null);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(user.UserName, "Reset@Passw0rd")).StatusCode);
    }

    [Fact]
    public async Task EditUser_MovingThemToAnotherUnit_EndsTheSessionAndTheNextOneSeesTheNewUnitsCases()
    {
        var admin = await app.As("admin");
        var first = await CreateUnitAsync(admin, UnitKind.Department);
        var second = await CreateUnitAsync(admin, UnitKind.Department);
        var user = await CreateHandlerAsync(admin, first.Id);
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync();
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, content: "调整单位后可见的事项"));
        await (await app.As("dispatcher")).ActOkAsync(c.Id, "dispatch", new { mode = "Forward", leadUnitId = second.Id });
        var session = await SignInAsync(user.UserName, NewPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync($"/api/cases/{c.Id}")).StatusCode);

        var moved = await admin.PutAsJsonAsync($"/api/admin/users/{user.Id}",
            new EditUserRequest("承办人 调岗", second.Id, [Roles.Handler, Roles.UnitHead]), Json.Options);

        var view = (await moved.Content.ReadFromJsonAsync<UserAdminView>(Json.Options))!;
        Assert.Equal((second.Name, "承办人 调岗"), (view.UnitName, view.DisplayName));
        Assert.Equal([Roles.Handler, Roles.UnitHead], view.Roles);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync($"/api/cases/{c.Id}")).StatusCode);
        session = await SignInAsync(user.UserName, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync($"/api/cases/{c.Id}")).StatusCode);
    }

    [Fact]
    public async Task DeactivatedUnit_IsNotOfferedForDispatchButItsCasesKeepItsName()
    {
        var admin = await app.As("admin");
        var dispatcher = await app.As("dispatcher");
        var registrar = await app.As("registrar");
        var unit = await CreateUnitAsync(admin, UnitKind.Department);
        var (category, region) = await registrar.PlaceAsync();
        var old = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, content: "停用前派出的事项"));
        await dispatcher.ActOkAsync(old.Id, "dispatch", new { mode = "Forward", leadUnitId = unit.Id });

        var deactivated = await admin.PostAsync($"/api/admin/units/{unit.Id}/deactivate", null);
        var kindChange = await admin.PutAsJsonAsync($"/api/admin/units/{unit.Id}", new EditUnitRequest(unit.Name, UnitKind.Enterprise), Json.Options);
        var fresh = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, content: "停用后待派的事项"));
        var dispatch = await dispatcher.ActAsync(fresh.Id, "dispatch", new { mode = "Forward", leadUnitId = unit.Id });
        var offered = await dispatcher.GetFromJsonAsync<List<UnitView>>("/api/organisation/units", Json.Options);

        Assert.False((await deactivated.Content.ReadFromJsonAsync<UnitAdminView>(Json.Options))!.IsActive);
        Assert.DoesNotContain(offered!, u => u.Id == unit.Id);
        Assert.Equal(HttpStatusCode.BadRequest, dispatch.StatusCode);
        Assert.Equal("leadUnitId", (await dispatch.ProblemAsync()).GetProperty("errors").EnumerateObject().Single().Name);
        Assert.Equal(unit.Name, (await dispatcher.GetCaseAsync(old.Id)).LeadUnit!.Name);
        Assert.Equal("unit.in_use", (await FieldErrorAsync(kindChange, "kind")).Code);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/units/{unit.Id}/reactivate", null)).StatusCode);
        await dispatcher.ActOkAsync(fresh.Id, "dispatch", new { mode = "Forward", leadUnitId = unit.Id });
    }

    [Fact]
    public async Task AddedTownshipAndVillage_AreOfferedAtRegistration_WithEachRuleNamed()
    {
        var admin = await app.As("admin");
        var registrar = await app.As("registrar");
        var name = "银江街道" + Tag();

        var forbidden = await registrar.PostAsJsonAsync("/api/admin/regions", new AddRegionRequest(null, name), Json.Options);
        var added = await admin.PostAsJsonAsync("/api/admin/regions", new AddRegionRequest(null, name), Json.Options);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var township = (await added.Content.ReadFromJsonAsync<RegionAdminView>(Json.Options))!;
        Assert.Equal((RegionKind.Township, (int?)null), (township.Kind, township.TownshipId));
        Assert.Matches("^T[0-9]{2,}$", township.Code);

        var village = (await (await admin.PostAsJsonAsync("/api/admin/regions", new AddRegionRequest(township.Id, "桃源社区"), Json.Options))
            .Content.ReadFromJsonAsync<RegionAdminView>(Json.Options))!;
        Assert.Equal((RegionKind.Village, (int?)township.Id, township.Code + "V01"), (village.Kind, village.TownshipId, village.Code));

        var tooDeep = await admin.PostAsJsonAsync("/api/admin/regions", new AddRegionRequest(village.Id, "三组"), Json.Options);
        var sameName = await admin.PostAsJsonAsync("/api/admin/regions", new AddRegionRequest(township.Id, " 桃源社区 "), Json.Options);
        var badCode = await admin.PostAsJsonAsync("/api/admin/regions", new AddRegionRequest(township.Id, "金沙社区", "T 01"), Json.Options);
        var takenCode = await admin.PostAsJsonAsync("/api/admin/regions", new AddRegionRequest(null, "大龙潭乡" + Tag(), township.Code.ToLowerInvariant()), Json.Options);
        Assert.Equal("region.too_deep", (await FieldErrorAsync(tooDeep, "townshipId")).Code);
        Assert.Equal(("region.name_taken", "该乡镇（街道）下已有名为“桃源社区”的村（社区）。"), await FieldErrorAsync(sameName, "name"));
        Assert.Equal("validation.code_format", (await FieldErrorAsync(badCode, "code")).Code);
        Assert.Equal("region.code_taken", (await FieldErrorAsync(takenCode, "code")).Code);

        var renamed = await admin.PutAsJsonAsync($"/api/admin/regions/{village.Id}", new RenameRegionRequest("桃源新村社区"), Json.Options);
        Assert.Equal("桃源新村社区", (await renamed.Content.ReadFromJsonAsync<RegionAdminView>(Json.Options))!.Name);

        // The registrar sees the new places at once and files a matter there.
        var offered = await registrar.GetFromJsonAsync<List<RegionView>>("/api/organisation/regions", Json.Options);
        Assert.Contains(offered!, r => r.Id == village.Id && r.Name == "桃源新村社区" && r.ParentId == township.Id);
        var (category, _) = await registrar.PlaceAsync();
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, township.Id, content: "新设街道的事项") with { VillageId = village.Id });
        Assert.Equal((name, "桃源新村社区"), (c.Region!.Name, c.Village!.Name));

        await using var scope = app.Scope();
        var lines = await XinfangApp.Db(scope).AuditEntries.Where(a => a.EntityType == nameof(Region) && a.EntityId == village.Id.ToString()).ToListAsync();
        Assert.Equal(["Added", "Modified"], lines.OrderBy(a => a.Id).Select(a => a.Action));
        Assert.Contains("桃源社区", lines.Single(a => a.Action == "Modified").Before, StringComparison.Ordinal);
    }

    private static string Tag() => Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static async Task<UnitAdminView> CreateUnitAsync(HttpClient admin, UnitKind kind)
    {
        var tag = Tag();
        var response = await admin.PostAsJsonAsync("/api/admin/units", new CreateUnitRequest("U" + tag, "测试单位" + tag, kind), Json.Options);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<UnitAdminView>(Json.Options))!;
    }

    private static async Task<UserAdminView> CreateHandlerAsync(HttpClient admin, int unitId)
    {
        var response = await admin.PostAsJsonAsync("/api/admin/users",
            new CreateUserRequest("h-" + Tag().ToLowerInvariant(), "承办人", unitId, [Roles.Handler], NewPassword), Json.Options);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<UserAdminView>(Json.Options))!;
    }

    private Task<HttpResponseMessage> TokenAsync(string userName, string password) =>
        app.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName, password });

    private async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var response = await TokenAsync(userName, password);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>(Json.Options))!.AccessToken;
        var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The error code and Chinese message a problem gives for one field.</summary>
    private static async Task<(string Code, string Message)> FieldErrorAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.ProblemAsync();
        var messages = problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var found) ? found : default;
        Assert.True(messages.ValueKind == JsonValueKind.Array, $"no error on {field}: {problem}");
        return (problem.GetProperty("codes").GetProperty(field)[0].GetString()!, messages[0].GetString()!);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAdminTests(SqliteApp app) : AdminContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAdminTests(PostgresApp app) : AdminContract(app);
