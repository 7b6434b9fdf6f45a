using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Audit;

namespace Xinfang.IntegrationTests;

public abstract class SecurityContract(XinfangApp app)
{
    [Fact]
    public async Task UnitHandler_IsDeniedACaseDispatchedToAnotherTownship()
    {
        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        var (category, region) = await registrar.PlaceAsync();
        var renhe = await registrar.UnitIdAsync("仁和镇人民政府");
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, content: "数据范围测试"));
        await dispatcher.ActOkAsync(c.Id, "dispatch", new { mode = "Forward", leadUnitId = renhe });

        var pingdi = await app.As("handler-pingdi");
        var read = await pingdi.GetAsync($"/api/cases/{c.Id}");
        var byNumber = await pingdi.GetAsync($"/api/cases/{c.Number}");
        var act = await pingdi.ActAsync(c.Id, "sign");

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal("case.out_of_scope", (await read.ProblemAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byNumber.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, act.StatusCode);
        Assert.DoesNotContain(c.Id, (await pingdi.ListAsync("pageSize=100")).Items.Select(i => i.Id));
        Assert.Equal(HttpStatusCode.OK, (await (await app.As("handler-renhe")).GetAsync($"/api/cases/{c.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.As("leader")).GetAsync($"/api/cases/{c.Id}")).StatusCode);
    }

    [Fact]
    public async Task Api_WithoutAToken_Gets401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/cases")).StatusCode);
    }

    [Fact]
    public async Task Token_WithAWrongPassword_Gets401AndLocksOutAfterFiveFailures()
    {
        var client = app.Anonymous();
        HttpResponseMessage response = null!;
        for (var i = 0; i < 5; i++)
        {
            response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "head-taiping", password = "wrong-password" });
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "head-taiping", password = XinfangApp.Password });
        Assert.Equal(HttpStatusCode.Locked, response.StatusCode);
        Assert.Equal("auth.locked_out", (await response.ProblemAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Register_ForbiddenToAUnitHandler()
    {
        var handler = await app.As("handler-renhe");
        var (category, region) = await handler.PlaceAsync();
        var response = await handler.PostAsJsonAsync("/api/cases", ApiClient.Letter(app.Clock.GetUtcNow(), category, region), Json.Options);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PersonalData_IsEncryptedAtRestAuditedWhenReadAndMaskedForLeaders()
    {
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync();
        var idNumber = ApiClient.IdNumber(1);
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, idNumber, "加密测试"));

        await using (var scope = app.Scope())
        {
            var db = XinfangApp.Db(scope);
            var raw = await db.Database.SqlQuery<string>($"""SELECT "IdNumber" AS "Value" FROM "Petitioners" WHERE "IdNumber" IS NOT NULL""").ToListAsync();
            Assert.NotEmpty(raw);
            Assert.All(raw, value => Assert.StartsWith("v1:", value, StringComparison.Ordinal));
            Assert.DoesNotContain(raw, value => value.Contains(idNumber, StringComparison.Ordinal));
            var added = await db.AuditEntries.Where(a => a.EntityId == c.Id.ToString() && a.EntityType == "Petitioner").SingleAsync();
            Assert.Contains(Xinfang.Core.Data.PersonalDataMask.IdNumber(idNumber)!, added.After, StringComparison.Ordinal);
            Assert.DoesNotContain(idNumber, added.After, StringComparison.Ordinal);
        }

        var full = await registrar.GetCaseAsync(c.Id);
        Assert.Equal(idNumber, full.Petitioners[0].IdNumber);
        var masked = await (await app.As("leader")).GetCaseAsync(c.Id);
        Assert.True(masked.PersonalDataMasked);
        Assert.Equal(Xinfang.Core.Data.PersonalDataMask.IdNumber(idNumber)!, masked.Petitioners[0].IdNumber);
        Assert.Equal("张**", masked.Petitioners[0].Name);

        await using (var scope = app.Scope())
        {
            var reads = await XinfangApp.Db(scope).AuditEntries
                .Where(a => a.Action == AuditTrail.ReadPersonalData && a.EntityId == c.Id.ToString()).ToListAsync();
            Assert.Equal(["registrar"], reads.Select(r => r.UserName));
        }
    }

    [Fact]
    public async Task EveryTransition_IsAuditedWithBeforeAndAfter()
    {
        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        var (category, region) = await registrar.PlaceAsync();
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, content: "审计测试"));
        await dispatcher.ActOkAsync(c.Id, "handle-itself");

        await using var scope = app.Scope();
        var change = await XinfangApp.Db(scope).AuditEntries
            .Where(a => a.EntityType == "Case" && a.EntityId == c.Id.ToString() && a.Action == "Modified").SingleAsync();
        Assert.Equal("dispatcher", change.UserName);
        Assert.Contains("\"Status\":\"Registered\"", change.Before, StringComparison.Ordinal);
        Assert.Contains("\"Status\":\"AwaitingAcceptance\"", change.After, StringComparison.Ordinal);
        Assert.Equal(64, change.Seal.Length);
    }

    [Fact]
    public async Task AuditTrail_CannotBeChangedOrDeleted()
    {
        await using var scope = app.Scope();
        var db = XinfangApp.Db(scope);
        db.AuditEntries.Add(new AuditEntry(app.Clock.GetUtcNow(), 0, "test", "Probe", "Test", "1", null, "x"));
        await db.SaveChangesAsync();
        var count = await db.AuditEntries.CountAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "UserName" = 'forged'"""));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" """));
        var entry = await db.AuditEntries.FirstAsync();
        db.AuditEntries.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        Assert.Equal(count, await db.AuditEntries.CountAsync());
        Assert.DoesNotContain("forged", await db.AuditEntries.Select(a => a.UserName).ToListAsync());
    }

    [Fact]
    public async Task Health_AndOpenApi_AreServed()
    {
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/cases/{id}/actions/{action}", openApi, StringComparison.Ordinal);
        Assert.Contains("/api/indicators/three-rates", openApi, StringComparison.Ordinal);
    }
}
