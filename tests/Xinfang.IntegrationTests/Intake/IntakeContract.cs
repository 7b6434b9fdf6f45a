using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Audit;
using Xinfang.Core.Cases;
using Xinfang.Core.Intake;
using Xinfang.Core.Intake.Features;

namespace Xinfang.IntegrationTests.Intake;

/// <summary>External systems hand matters over with a key of their own: the administrator issues it once (stored hashed),
/// rotates and revokes it; a request with it acts as the client (audited as it), sees only its own matters, and a
/// re-sent item — even two copies at once — answers with the case the first made. A batch answers item by item.</summary>
public abstract class IntakeContract(XinfangApp app)
{
    private static readonly DateTimeOffset Received = new(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private async Task<IssuedKey> CreateClientAsync(string name, Channel channel, params string[] permissions)
    {
        var admin = await app.As("admin");
        return await admin.IssueClientAsync(name, channel, permissions.Length > 0 ? permissions : ["Register", "ReadStatus"], "https://example.invalid/hook");
    }

    private HttpClient WithKey(string key)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static object Item(string externalId, string text = "小区电梯停运半个月无人维修，老人上下楼困难，请督促物业尽快修复。", string? category = "C0101",
        string? township = "仁和镇", string? village = "仁和社区") => new
    {
        externalId,
        receivedAt = Received,
        petitioners = new[] { new { name = "王秀兰", phone = "13912345678" } },
        text,
        category,
        township,
        village,
        form = "Complaint",
        statutoryClass = "ClaimRequest",
    };

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 33)];

    [Fact]
    public async Task Key_IsShownOnceAndStoredHashed_AndOnlyTheAdministratorManagesClients()
    {
        var issued = await CreateClientAsync(Unique("12345热线"), Channel.Hotline12345);
        Assert.StartsWith("xf_", issued.ApiKey, StringComparison.Ordinal);
        Assert.Equal(48, issued.ApiKey.Length);

        var admin = await app.As("admin");
        var listed = await admin.GetStringAsync("/api/admin/integrations");
        Assert.Contains(issued.Client.KeyPrefix, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(issued.ApiKey, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(issued.SigningSecret, listed, StringComparison.Ordinal);

        // One active system per channel: the channel's own numbers could not tell two apart.
        var twin = await admin.PostAsJsonAsync("/api/admin/integrations", new { name = Unique("第二个"), channel = issued.Client.Channel, permissions = new[] { "Register" } }, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, twin.StatusCode);
        Assert.Equal("integration.channel_taken", (await twin.ProblemAsync()).GetProperty("codes").GetProperty("channel")[0].GetString());
        await using (var scope = app.Scope())
        {
            var stored = await XinfangApp.Db(scope).IntegrationClients.SingleAsync(c => c.Id == issued.Client.Id);
            Assert.Equal(ApiKey.HashOf(issued.ApiKey), stored.KeyHash);
            var lines = await XinfangApp.Db(scope).AuditEntries.Where(a => a.EntityType == nameof(IntegrationClient)).Select(a => a.After).ToListAsync();
            Assert.NotEmpty(lines);
            Assert.DoesNotContain(lines, after => after != null && (after.Contains(stored.KeyHash, StringComparison.Ordinal)
                || after.Contains(stored.SigningSecret!, StringComparison.Ordinal)));
        }

        var registrar = await app.As("registrar");
        var refused = await registrar.PostAsJsonAsync("/api/admin/integrations", new { name = "越权", channel = "Hotline12345", permissions = new[] { "Register" } }, Json.Options);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var bad = await admin.PostAsJsonAsync("/api/admin/integrations", new { name = "", channel = (string?)null, permissions = new[] { "Everything" }, outboundUrl = "ftp://x" }, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var fields = (await bad.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(["channel", "name", "outboundUrl", "permissions"], fields);
    }

    [Fact]
    public async Task Item_IsRegisteredAsTheClient_AndAReSendAnswersWithTheSameCase()
    {
        var issued = await CreateClientAsync(Unique("省网上信访"), Channel.ProvincialOnline);
        var client = WithKey(issued.ApiKey);
        var externalId = Unique("SC2024");

        var created = await client.PostAsJsonAsync("/api/intake", Item(externalId), Json.Options);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var first = (await created.Content.ReadFromJsonAsync<IntakeResult>(Json.Options))!;
        Assert.Equal((IntakeResult.Created, externalId), (first.Status, first.ExternalId));
        Assert.StartsWith("RH", first.CaseNumber, StringComparison.Ordinal);

        var again = await client.PostAsJsonAsync("/api/intake", Item(externalId), Json.Options);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = (await again.Content.ReadFromJsonAsync<IntakeResult>(Json.Options))!;
        Assert.Equal((IntakeResult.Duplicate, first.CaseNumber), (second.Status, second.CaseNumber));

        await using var scope = app.Scope();
        var db = XinfangApp.Db(scope);
        var @case = await db.Cases.SingleAsync(c => c.ExternalReference == externalId);
        Assert.Equal((Channel.ProvincialOnline, first.CaseNumber), (@case.Channel, @case.Number));
        var lines = await db.AuditEntries.Where(a => a.EntityType == nameof(Case) && a.EntityId == @case.Id.ToString()).Select(a => a.UserName).ToListAsync();
        Assert.All(lines, user => Assert.Equal($"client:{issued.Client.Id}", user));
        Assert.NotEmpty(lines);
    }

    [Fact]
    public async Task TwoIdenticalItemsAtOnce_MakeOneCase()
    {
        var issued = await CreateClientAsync(Unique("区长信箱"), Channel.DistrictHeadMailbox);
        var externalId = Unique("MB");
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => WithKey(issued.ApiKey).PostAsJsonAsync("/api/intake", Item(externalId), Json.Options)));
        var results = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<IntakeResult>(Json.Options)));
        Assert.Single(results, r => r!.Status == IntakeResult.Created);
        Assert.Single(results.Select(r => r!.CaseNumber).Distinct());
        await using var scope = app.Scope();
        Assert.Equal(1, await XinfangApp.Db(scope).Cases.CountAsync(c => c.ExternalReference == externalId));
    }

    [Fact]
    public async Task TwoIdenticalBatchesAtOnce_RegisterEachItemOnce()
    {
        var issued = await CreateClientAsync(Unique("信箱批量"), Channel.SecretaryMailbox);
        var ids = Enumerable.Range(0, 40).Select(i => Unique($"BB{i}")).ToList();
        // The same item twice in one batch, too: the second copy answers with the first one's case.
        var body = new { items = ids.Select(id => Item(id)).Append(Item(ids[0])).ToList() };
        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => WithKey(issued.ApiKey).PostAsJsonAsync("/api/intake/batch", body, Json.Options)));
        var batches = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<IntakeBatchResult>(Json.Options)));

        Assert.Equal(ids.Count, batches.Sum(b => b!.Created));
        Assert.All(batches, b => Assert.Equal(0, b!.Rejected));
        for (var i = 0; i < ids.Count; i++)
        {
            Assert.Single(batches.Select(b => b!.Results[i].CaseNumber).Distinct());
        }

        Assert.All(batches, b => Assert.Equal((IntakeResult.Duplicate, b!.Results[0].CaseNumber), (b.Results[^1].Status, b.Results[^1].CaseNumber)));
        await using var scope = app.Scope();
        var db = XinfangApp.Db(scope);
        Assert.Equal(ids.Count, await db.Cases.CountAsync(c => ids.Contains(c.ExternalReference!)));
        Assert.Equal(ids.Count, await db.IntakeItems.CountAsync(i => ids.Contains(i.ExternalId)));
    }

    [Fact]
    public async Task Batch_AnswersItemByItem_AndStoresEveryGoodItem()
    {
        var issued = await CreateClientAsync(Unique("麻辣社区"), Channel.MalaCommunity);
        var client = WithKey(issued.ApiKey);
        var ids = Enumerable.Range(0, 4).Select(i => Unique($"ML{i}")).ToList();
        await client.PostAsJsonAsync("/api/intake", Item(ids[2]), Json.Options);

        var response = await client.PostAsJsonAsync("/api/intake/batch", new
        {
            items = new object?[]
            {
                Item(ids[0]), Item(ids[1], text: ""), Item(ids[2]), Item(ids[3], category: "不存在的分类"), null, new { text = "没有编号" },
                new { externalId = Unique("NOBODY"), text = "有内容但无法联系信访人", petitioners = new[] { new { name = " ", phone = "" } } },
            },
        }, Json.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var batch = (await response.Content.ReadFromJsonAsync<IntakeBatchResult>(Json.Options))!;
        Assert.Equal([IntakeResult.Created, IntakeResult.Rejected, IntakeResult.Duplicate, IntakeResult.Created, IntakeResult.Rejected, IntakeResult.Rejected,
            IntakeResult.Rejected], batch.Results.Select(r => r.Status));
        Assert.Equal((2, 1, 4), (batch.Created, batch.Duplicates, batch.Rejected));
        Assert.Contains(batch.Results[1].Errors, e => e.Field == "text");
        Assert.Contains(batch.Results[5].Errors, e => e.Field == "externalId");
        Assert.Contains(batch.Results[6].Errors, e => e.Field == "petitioners" && e.Code == "intake.no_contact");

        // A NUL character (which PostgreSQL would refuse) is named, and the batch goes on.
        var nul = await client.PostAsJsonAsync("/api/intake/batch", new { items = new[] { Item(Unique("NUL"), text: "路灯\u0000损坏"), Item(Unique("OK")) } }, Json.Options);
        var nulResults = (await nul.Content.ReadFromJsonAsync<IntakeBatchResult>(Json.Options))!.Results;
        Assert.Equal([IntakeResult.Rejected, IntakeResult.Created], nulResults.Select(r => r.Status));
        Assert.Contains(nulResults[0].Errors, e => e.Field == "text" && e.Code == "validation.control_character");

        await using var scope = app.Scope();
        var db = XinfangApp.Db(scope);
        var stored = await db.Cases.Where(c => ids.Contains(c.ExternalReference!)).Select(c => new { c.ExternalReference, c.Id }).ToListAsync();
        Assert.Equal([ids[0], ids[2], ids[3]], stored.Select(c => c.ExternalReference).Order());

        // A case registered in a batch has the same audit lines as one sent alone: each row's, with the same fields.
        async Task<List<string>> LinesAsync(string externalId)
        {
            var id = stored.Single(c => c.ExternalReference == externalId).Id.ToString();
            // Duplicate candidates depend on what else the database holds (other tests' cases), not on how the case came in.
            var lines = await db.AuditEntries.Where(a => a.EntityId == id && a.EntityType != "DuplicateCandidate").ToListAsync();
            Assert.All(lines, l => Assert.Equal(($"client:{issued.Client.Id}", 64), (l.UserName, l.Seal.Length)));
            return [.. lines.Select(l => $"{l.Action} {l.EntityType} {string.Join(",", JsonDocument.Parse(l.After!).RootElement.EnumerateObject().Select(p => p.Name))}").Order()];
        }

        var alone = await LinesAsync(ids[2]);
        // PortalAccess: the query code the registration text message brought the petitioner.
        Assert.Equal(["Added Case", "Added CaseEvent", "Added IntakeItem", "Added Petitioner", "Added PortalAccess"], alone.Select(l => string.Join(' ', l.Split(' ')[..2])));
        Assert.Equal(alone, await LinesAsync(ids[0]));
        Assert.DoesNotContain("13912345678", string.Join("", await db.AuditEntries.Where(a => a.EntityId == stored[0].Id.ToString()).Select(a => a.After).ToListAsync()),
            StringComparison.Ordinal);

        var tooMany = await client.PostAsJsonAsync("/api/intake/batch", new { items = Enumerable.Range(0, IntakeCases.MaxBatch + 1).Select(i => Item($"x{i}")) }, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal("intake.batch_too_large", (await tooMany.ProblemAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task IncompleteItems_AreNumberedAtOnce_AndWaitForARegistrarToComplete()
    {
        var issued = await CreateClientAsync(Unique("人民网"), Channel.PeoplesDailyBoard);
        var externalId = Unique("RMW");
        var item = new
        {
            externalId,
            receivedAt = Received,
            petitioners = new[] { new { phone = "13912345678", email = "wang@example.cn" } },
            text = "村道塌方一个多月无人修，孩子上学要绕行五公里。",
            category = "道路塌方",
            township = "不存在镇",
        };
        var created = await WithKey(issued.ApiKey).PostAsJsonAsync("/api/intake", item, Json.Options);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var result = (await created.Content.ReadFromJsonAsync<IntakeResult>(Json.Options))!;
        Assert.Equal(IntakeResult.Created, result.Status);
        Assert.StartsWith("RH", result.CaseNumber, StringComparison.Ordinal);

        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        var queue = await registrar.ListAsync("queue=to-complete&pageSize=100");
        var listed = Assert.Single(queue.Items, c => c.Id == result.CaseId);
        Assert.True(listed.ToComplete);
        Assert.Null(listed.Category);

        var c = await registrar.GetCaseAsync(result.CaseId!.Value);
        Assert.Equal(["categoryId", "regionId", "form", "statutoryClass"], c.Gaps);
        Assert.Contains("道路塌方", c.ChannelHints, StringComparison.Ordinal);
        Assert.Contains("不存在镇", c.ChannelHints, StringComparison.Ordinal);
        Assert.Equal(IntakeCases.UnnamedPetitioner, Assert.Single(c.Petitioners).Name);
        Assert.Equal("wang@example.cn", c.Petitioners[0].Email);
        Assert.NotNull(c.Deadlines.Current); // the statutory clock runs from receipt
        Assert.Contains("complete", c.AvailableActions);

        var early = await dispatcher.ActAsync(c.Id, "dispatch", new { mode = "Forward", leadUnitId = await dispatcher.UnitIdAsync("仁和镇人民政府") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Equal("case.incomplete", (await early.ProblemAsync()).GetProperty("code").GetString());

        var (categoryId, regionId) = await registrar.PlaceAsync();
        var partial = await registrar.ActAsync(c.Id, "complete", new { categoryId, regionId, form = "Complaint" });
        Assert.Equal(HttpStatusCode.BadRequest, partial.StatusCode);
        Assert.Equal("statutoryClass", (await partial.ProblemAsync()).GetProperty("errors").EnumerateObject().Single().Name);

        var done = await registrar.ActOkAsync(c.Id, "complete", new { categoryId, regionId, form = "Complaint", statutoryClass = "ClaimRequest" });
        Assert.Empty(done.Gaps);
        Assert.Equal((categoryId, regionId, CaseForm.Complaint, StatutoryClass.ClaimRequest), (done.Category!.Id, done.Region!.Id, done.Form, done.StatutoryClass));
        Assert.Contains(done.Timeline, t => t.Action == "Complete" && t.Note!.Contains("事项类别 申诉求决类", StringComparison.Ordinal));
        Assert.DoesNotContain((await registrar.ListAsync("queue=to-complete&pageSize=100")).Items, x => x.Id == c.Id);

        var again = await registrar.ActAsync(c.Id, "complete", new { categoryId });
        Assert.Equal("case.nothing_to_complete", (await again.ProblemAsync()).GetProperty("code").GetString());
        await dispatcher.ActOkAsync(c.Id, "dispatch", new { mode = "Forward", leadUnitId = await dispatcher.UnitIdAsync("仁和镇人民政府") });
    }

    [Fact]
    public async Task Keys_AreCheckedOnEveryRequest_AndAClientSeesOnlyItsOwnMatters()
    {
        var mine = await CreateClientAsync(Unique("市长信箱"), Channel.MayorMailbox);
        var other = await CreateClientAsync(Unique("问政四川"), Channel.WenzhengSichuan);
        var writeOnly = await CreateClientAsync(Unique("只推送"), Channel.WebsiteOrApp, "Register");
        var externalId = Unique("MY");
        Assert.Equal(HttpStatusCode.Created, (await WithKey(mine.ApiKey).PostAsJsonAsync("/api/intake", Item(externalId), Json.Options)).StatusCode);

        var status = await WithKey(mine.ApiKey).GetFromJsonAsync<IntakeStatusView>($"/api/intake/{externalId}", Json.Options);
        Assert.Equal((CaseStatus.Registered, externalId), (status!.Status, status.ExternalId));
        Assert.Equal(HttpStatusCode.NotFound, (await WithKey(other.ApiKey).GetAsync($"/api/intake/{externalId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await WithKey(writeOnly.ApiKey).GetAsync($"/api/intake/{externalId}")).StatusCode);

        // No key, a wrong key, a staff token: refused with a problem body. The key opens nothing but the intake.
        var none = await app.Anonymous().PostAsJsonAsync("/api/intake", Item(Unique("N")), Json.Options);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("auth.invalid_api_key", (await none.ProblemAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithKey(mine.ApiKey[..^1] + (mine.ApiKey[^1] == 'x' ? 'y' : 'x')).GetAsync($"/api/intake/{externalId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await (await app.As("registrar")).GetAsync($"/api/intake/{externalId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithKey(mine.ApiKey).GetAsync("/api/cases")).StatusCode);

        // Rotated: the old key stops at once. Revoked: the new one too, until reactivated.
        var admin = await app.As("admin");
        var rotated = (await (await admin.PostAsync($"/api/admin/integrations/{mine.Client.Id}/rotate-key", null)).Content.ReadFromJsonAsync<IssuedKey>(Json.Options))!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithKey(mine.ApiKey).GetAsync($"/api/intake/{externalId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithKey(rotated.ApiKey).GetAsync($"/api/intake/{externalId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/integrations/{mine.Client.Id}/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithKey(rotated.ApiKey).GetAsync($"/api/intake/{externalId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/integrations/{mine.Client.Id}/reactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithKey(rotated.ApiKey).GetAsync($"/api/intake/{externalId}")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteIntakeTests(SqliteApp app) : IntakeContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresIntakeTests(PostgresApp app) : IntakeContract(app);
