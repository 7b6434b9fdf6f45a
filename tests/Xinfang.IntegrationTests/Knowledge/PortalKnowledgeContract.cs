using System.Net;
using System.Net.Http.Json;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Knowledge.Features;

namespace Xinfang.IntegrationTests.Knowledge;

/// <summary>
/// 政策问答 on the portal, without an account, on both databases: an entry reaches citizens only when its head approved it
/// as public; a revision that makes an internal entry public waits for approval, one that makes it internal hides it at
/// once; a reply template (答复口径) never shows; searching finds the approved words only; bad parameters are named.
/// </summary>
public abstract class PortalKnowledgeContract(XinfangApp app)
{
    private static object Entry(string title, string body, bool isPublic, string kind = "PolicyConsultation") =>
        new { kind, title, body, tags = "物业,维修资金", isPublic };

    private async Task<int> PublishedAsync(object entry)
    {
        var handler = await app.As("handler-renhe");
        var created = await handler.PostAsJsonAsync("/api/knowledge", entry);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<KnowledgeEntryView>(Json.Options))!.Id;
        Assert.True((await handler.PostAsJsonAsync($"/api/knowledge/{id}/submit", new { })).IsSuccessStatusCode);
        Assert.True((await (await app.As("head-renhe")).PostAsJsonAsync($"/api/knowledge/{id}/approve", new { })).IsSuccessStatusCode);
        return id;
    }

    private static async Task<PagedList<PublicKnowledgeItem>> PortalSearchAsync(HttpClient citizen, string q) =>
        (await citizen.GetFromJsonAsync<PagedList<PublicKnowledgeItem>>($"/api/portal/knowledge?q={Uri.EscapeDataString(q)}", Json.Options))!;

    [Fact]
    public async Task OnlyApprovedPublicEntries_ReachCitizens()
    {
        var marker = "p" + Guid.NewGuid().ToString("N")[..7];
        var citizen = app.Anonymous();
        var open = await PublishedAsync(Entry("住宅专项维修资金怎样申请使用", $"经业主大会同意后{marker}向住建部门申请。", isPublic: true));
        var closed = await PublishedAsync(Entry("维修资金内部审核要点", $"{marker}内部掌握。", isPublic: false));
        var template = await PublishedAsync(Entry("维修资金答复口径", $"{marker}答复口径。", isPublic: true, kind: "ReplyTemplate"));

        var found = await PortalSearchAsync(citizen, marker);
        Assert.Equal([open], found.Items.Select(i => i.Id));
        Assert.Contains($"<mark>{marker}</mark>", found.Items[0].Highlights![0], StringComparison.Ordinal);
        var read = (await citizen.GetFromJsonAsync<PublicKnowledgeEntry>($"/api/portal/knowledge/{open}", Json.Options))!;
        Assert.Equal(("住宅专项维修资金怎样申请使用", "政策咨询"), (read.Title, read.KindName));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/portal/knowledge/{closed}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/portal/knowledge/{template}")).StatusCode);

        // Making the internal entry public is a revision like any other: hidden until the head approves it.
        var handler = await app.As("handler-renhe");
        Assert.True((await handler.PutAsJsonAsync($"/api/knowledge/{closed}", Entry("维修资金内部审核要点", $"{marker}现予公开。", isPublic: true))).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/portal/knowledge/{closed}")).StatusCode);
        Assert.True((await handler.PostAsJsonAsync($"/api/knowledge/{closed}/submit", new { })).IsSuccessStatusCode);
        Assert.True((await (await app.As("head-renhe")).PostAsJsonAsync($"/api/knowledge/{closed}/approve", new { })).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/api/portal/knowledge/{closed}")).StatusCode);

        // Making the public entry internal hides it at once, before any approval.
        Assert.True((await handler.PutAsJsonAsync($"/api/knowledge/{open}", Entry("住宅专项维修资金怎样申请使用", "改为内部。", isPublic: false))).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/portal/knowledge/{open}")).StatusCode);
        Assert.DoesNotContain(open, (await PortalSearchAsync(citizen, marker)).Items.Select(i => i.Id));

        // The portal page lists the same entries, server-rendered.
        var page = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/portal/knowledge?q={marker}"));
        Assert.Contains("维修资金内部审核要点", page, StringComparison.Ordinal);
        Assert.DoesNotContain("维修资金答复口径", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kind=ReplyTemplate", "kind")]
    [InlineData("kind=99", "kind")]
    [InlineData("page=0", "page")]
    [InlineData("q=%EF%BC%8C", "q")]
    public async Task BadParameters_AreNamed(string query, string field)
    {
        var response = await app.Anonymous().GetAsync($"/api/portal/knowledge?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePortalKnowledgeTests(SqliteApp app) : PortalKnowledgeContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPortalKnowledgeTests(PostgresApp app) : PortalKnowledgeContract(app);
