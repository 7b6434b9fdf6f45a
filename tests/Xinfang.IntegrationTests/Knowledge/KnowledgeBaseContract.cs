using System.Net;
using System.Net.Http.Json;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Knowledge;
using Xinfang.Core.Knowledge.Features;
using Xinfang.Tests;

namespace Xinfang.IntegrationTests.Knowledge;

/// <summary>
/// The knowledge base over HTTP on both databases: a unit's draft is its own until its head approves it; a revision
/// leaves the approved version in front of readers (and in search) until it is approved in turn; versions differ line by
/// line; a return needs a reason; a withdrawn entry disappears; stale entries are listed; bad fields are refused by name.
/// </summary>
public abstract class KnowledgeBaseContract(XinfangApp app)
{
    private static string Marker() => "z" + Guid.NewGuid().ToString("N")[..7];

    private static object Entry(string title, string body, string? tags = "测试", string kind = "ServiceGuide") =>
        new { kind, title, body, tags, isPublic = true };

    private static async Task<KnowledgeEntryView> OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        return System.Text.Json.JsonSerializer.Deserialize<KnowledgeEntryView>(text, Json.Options)!;
    }

    private static async Task<PagedList<KnowledgeListItem>> SearchAsync(HttpClient client, string q) =>
        (await client.GetFromJsonAsync<PagedList<KnowledgeListItem>>($"/api/knowledge/search?q={Uri.EscapeDataString(q)}", Json.Options))!;

    [Fact]
    public async Task AnEntry_IsWritten_Approved_Revised_Compared_AndWithdrawn()
    {
        var (first, second) = (Marker(), Marker());
        var handler = await app.As("handler-renhe");
        var head = await app.As("head-renhe");
        var leader = await app.As("leader");

        var draft = await OkAsync(await handler.PostAsJsonAsync("/api/knowledge", Entry("农村低保申请流程", $"第一步：向村（社区）提出申请。\n第二步：{first}入户核查。")));
        Assert.Equal((KnowledgeStatus.Draft, 1), (draft.Status, draft.Versions.Single().Number));
        Assert.Equal(["edit", "submit"], draft.AvailableActions);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("handler-pingdi")).GetAsync($"/api/knowledge/{draft.Id}")).StatusCode);
        Assert.DoesNotContain(draft.Id, (await leader.GetFromJsonAsync<PagedList<KnowledgeListItem>>("/api/knowledge?pageSize=50", Json.Options))!.Items.Select(i => i.Id));

        await OkAsync(await handler.PostAsJsonAsync($"/api/knowledge/{draft.Id}/submit", new { }));
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.PostAsJsonAsync($"/api/knowledge/{draft.Id}/approve", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("head-pingdi")).PostAsJsonAsync($"/api/knowledge/{draft.Id}/approve", new { })).StatusCode);
        var approved = await OkAsync(await head.PostAsJsonAsync($"/api/knowledge/{draft.Id}/approve", new { }));
        Assert.Equal((KnowledgeStatus.Published, 1), (approved.Status, approved.Published!.Version));

        var found = await SearchAsync(leader, first);
        Assert.Equal([draft.Id], found.Items.Select(i => i.Id));
        Assert.Contains($"<mark>{first}</mark>", string.Join("", found.Items[0].Highlights!), StringComparison.Ordinal);

        // A revision: readers keep the approved version, and search its words, until the head approves the new one.
        var revised = await OkAsync(await handler.PutAsJsonAsync($"/api/knowledge/{draft.Id}",
            new { kind = "ServiceGuide", title = "农村低保申请流程", body = $"第一步：向村（社区）提出申请。\n第二步：{second}入户核查并公示。", tags = "低保", isPublic = true, note = "补充公示环节" }));
        Assert.Equal((KnowledgeStatus.Draft, 2, 1), (revised.Status, revised.Draft!.Version, revised.Published!.Version));
        var seenByLeader = (await leader.GetFromJsonAsync<KnowledgeEntryView>($"/api/knowledge/{draft.Id}", Json.Options))!;
        Assert.Null(seenByLeader.Draft);
        Assert.Contains(first, seenByLeader.Published!.Body, StringComparison.Ordinal);
        Assert.Empty((await SearchAsync(leader, second)).Items);

        await OkAsync(await handler.PostAsJsonAsync($"/api/knowledge/{draft.Id}/submit", new { }));
        await OkAsync(await head.PostAsJsonAsync($"/api/knowledge/{draft.Id}/approve", new { }));
        Assert.Equal([draft.Id], (await SearchAsync(leader, second)).Items.Select(i => i.Id));
        Assert.Empty((await SearchAsync(leader, first)).Items);

        var diff = (await leader.GetFromJsonAsync<KnowledgeDiff>($"/api/knowledge/{draft.Id}/diff?from=1&to=2", Json.Options))!;
        Assert.Contains(diff.Body, l => l.Change == "removed" && l.Text.Contains(first, StringComparison.Ordinal));
        Assert.Contains(diff.Body, l => l.Change == "added" && l.Text.Contains(second, StringComparison.Ordinal));
        Assert.Contains(diff.Body, l => l.Change == "same" && l.Text.StartsWith("第一步", StringComparison.Ordinal));

        // A return needs a reason, and the author sees it.
        await OkAsync(await handler.PutAsJsonAsync($"/api/knowledge/{draft.Id}", new { kind = "ServiceGuide", title = "农村低保申请流程（修订）", body = "待补充", tags = "低保", isPublic = true }));
        await OkAsync(await handler.PostAsJsonAsync($"/api/knowledge/{draft.Id}/submit", new { }));
        var noReason = await head.PostAsJsonAsync($"/api/knowledge/{draft.Id}/return", new { note = " " });
        Assert.True((await noReason.ProblemAsync()).GetProperty("errors").TryGetProperty("note", out _));
        var returned = await OkAsync(await head.PostAsJsonAsync($"/api/knowledge/{draft.Id}/return", new { note = "正文不完整" }));
        Assert.Equal((KnowledgeStatus.Draft, "正文不完整"), (returned.Status, returned.ReturnNote));

        await OkAsync(await head.PostAsJsonAsync($"/api/knowledge/{draft.Id}/withdraw", new { }));
        Assert.Empty((await SearchAsync(leader, second)).Items);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/api/knowledge/{draft.Id}")).StatusCode);
    }

    [Fact]
    public async Task AnEntrysFiles_ArePublishedWithTheVersionTheyWereAddedTo()
    {
        var handler = await app.As("handler-renhe");
        var head = await app.As("head-renhe");
        var leader = await app.As("leader");
        var citizen = app.Anonymous();
        var policy = SampleFiles.Pdf("subsistence policy");
        var form = SampleFiles.Png();
        async Task PublishAsync(int entryId)
        {
            await OkAsync(await handler.PostAsJsonAsync($"/api/knowledge/{entryId}/submit", new { }));
            await OkAsync(await head.PostAsJsonAsync($"/api/knowledge/{entryId}/approve", new { }));
        }

        var entry = await OkAsync(await handler.PostAsJsonAsync("/api/knowledge", Entry("低保申请材料清单" + Marker(), "申请时需提交以下材料。")));
        var draft = await OkAsync(await handler.UploadToAsync($"/api/knowledge/{entry.Id}/attachments", null, ("低保政策原文.pdf", policy)));
        var pdf = Assert.Single(draft.Attachments);
        Assert.Equal(("低保政策原文.pdf", "application/pdf", false, true), (pdf.FileName, pdf.ContentType, pdf.Published, pdf.InDraft));
        Assert.Single(draft.Versions); // a draft takes files without a new version

        await PublishAsync(entry.Id);
        var read = (await leader.GetFromJsonAsync<KnowledgeEntryView>($"/api/knowledge/{entry.Id}", Json.Options))!;
        Assert.True(Assert.Single(read.Attachments).Published);
        var download = await leader.GetAsync(pdf.Url);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(policy, await download.Content.ReadAsByteArrayAsync());
        var portal = (await citizen.GetFromJsonAsync<PublicKnowledgeEntry>($"/api/portal/knowledge/{entry.Id}", Json.Options))!;
        Assert.Equal(policy, await citizen.GetByteArrayAsync(Assert.Single(portal.Attachments).Url));

        // A file added to the published entry opens a new version; readers keep the published files until it is approved.
        var revised = await OkAsync(await handler.UploadToAsync($"/api/knowledge/{entry.Id}/attachments", null, ("申请表.png", form)));
        Assert.Equal((KnowledgeStatus.Draft, 2), (revised.Status, revised.Draft!.Version));
        Assert.StartsWith("添加附件：申请表.png", revised.Versions[0].Note, StringComparison.Ordinal);
        var png = revised.Attachments.Single(a => a.FileName == "申请表.png");
        Assert.False(png.Published);
        Assert.Equal(["低保政策原文.pdf"], (await leader.GetFromJsonAsync<KnowledgeEntryView>($"/api/knowledge/{entry.Id}", Json.Options))!.Attachments.Select(a => a.FileName));
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync(png.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/portal/knowledge/{entry.Id}/attachments/{png.Id}")).StatusCode);
        Assert.Equal(form, await handler.GetByteArrayAsync(png.Url)); // the owners read their draft's files

        var removed = await OkAsync(await handler.DeleteAsync($"/api/knowledge/{entry.Id}/attachments/{pdf.Id}"));
        Assert.Equal((true, false), removed.Attachments.Where(a => a.Id == pdf.Id).Select(a => (a.Published, a.InDraft)).Single());
        Assert.Equal(policy, await leader.GetByteArrayAsync(pdf.Url)); // still published

        await PublishAsync(entry.Id);
        Assert.Equal(["申请表.png"], (await leader.GetFromJsonAsync<KnowledgeEntryView>($"/api/knowledge/{entry.Id}", Json.Options))!.Attachments.Select(a => a.FileName));
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync(pdf.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/portal/knowledge/{entry.Id}/attachments/{pdf.Id}")).StatusCode);
        Assert.Equal(form, await citizen.GetByteArrayAsync($"/api/portal/knowledge/{entry.Id}/attachments/{png.Id}"));

        // A file added and removed within one draft leaves nothing behind.
        var added = await OkAsync(await handler.UploadToAsync($"/api/knowledge/{entry.Id}/attachments", null, ("草稿.pdf", SampleFiles.Pdf("draft"))));
        var scratch = added.Attachments.Single(a => a.FileName == "草稿.pdf");
        var after = await OkAsync(await handler.DeleteAsync($"/api/knowledge/{entry.Id}/attachments/{scratch.Id}"));
        Assert.DoesNotContain(after.Attachments, a => a.Id == scratch.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await handler.GetAsync(scratch.Url)).StatusCode);
    }

    [Fact]
    public async Task BadFiles_AndOtherUnits_AreRefused()
    {
        var handler = await app.As("handler-renhe");
        var entry = await OkAsync(await handler.PostAsJsonAsync("/api/knowledge", Entry("附件校验" + Marker(), "正文")));
        var url = $"/api/knowledge/{entry.Id}/attachments";

        var program = await handler.UploadToAsync(url, null, ("说明.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]));
        Assert.Equal(HttpStatusCode.BadRequest, program.StatusCode);
        Assert.True((await program.ProblemAsync()).GetProperty("errors").TryGetProperty("attachments[0]", out _));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await handler.PostAsJsonAsync(url, new { file = "x" })).StatusCode);
        var nothing = await handler.UploadToAsync(url, null);
        Assert.True((await nothing.ProblemAsync()).GetProperty("errors").TryGetProperty("attachments", out _));

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("handler-pingdi")).UploadToAsync(url, null, ("a.pdf", SampleFiles.Pdf()))).StatusCode);
        var unchanged = (await handler.GetFromJsonAsync<KnowledgeEntryView>($"/api/knowledge/{entry.Id}", Json.Options))!;
        Assert.Empty(unchanged.Attachments);
        Assert.Single(unchanged.Versions);
    }

    [Fact]
    public async Task StaleEntries_AreListed_AndAMattersTextFindsItsAnswers()
    {
        var leader = await app.As("leader");
        var stale = (await leader.GetFromJsonAsync<PagedList<KnowledgeListItem>>("/api/knowledge?stale=true", Json.Options))!;
        Assert.True(stale.Total >= 2, $"{stale.Total} stale entries");
        Assert.All(stale.Items, i => Assert.True(i.IsStale && i.ReviewBy < Xinfang.Core.Common.ChinaTime.Today(app.Clock)));

        var suggestions = (await leader.GetFromJsonAsync<List<KnowledgeListItem>>(
            "/api/knowledge/suggestions?text=" + Uri.EscapeDataString("我们小区物业公司擅自上调物业费，业主大会没有表决同意"), Json.Options))!;
        Assert.Equal("物业费上调需要满足哪些条件", suggestions[0].Title);
    }

    [Theory]
    [InlineData("""{"title":"标题","body":"正文"}""", "kind")]
    [InlineData("""{"kind":"ServiceGuide","body":"正文"}""", "title")]
    [InlineData("""{"kind":"ServiceGuide","title":"标题","body":"正文\u0000"}""", "body")]
    [InlineData("""{"kind":"ServiceGuide","title":"标题\u0007","body":"正文"}""", "title")]
    [InlineData("""{"kind":"ServiceGuide","title":"标题","body":"正文","reviewBy":"2099-01-01"}""", "reviewBy")]
    [InlineData("""{"kind":"ServiceGuide","title":"标题","body":"正文","categoryId":999999}""", "categoryId")]
    [InlineData("""{"kind":"ServiceGuide","title":"标题","body":"正文","tags":"一个超过二十个字符的非常非常非常非常长的标签"}""", "tags")]
    public async Task BadEntries_AreRefusedNamingTheField(string json, string field)
    {
        var response = await (await app.As("handler-renhe")).PostAsync("/api/knowledge", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task ALongTitle_IsRefused_AndReadersCannotWrite()
    {
        var handler = await app.As("handler-renhe");
        var response = await handler.PostAsJsonAsync("/api/knowledge", Entry(new string('题', KnowledgeEntry.MaxTitleLength + 1), "正文"));
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("title", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("leader")).PostAsJsonAsync("/api/knowledge", Entry("标题", "正文"))).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteKnowledgeBaseTests(SqliteApp app) : KnowledgeBaseContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresKnowledgeBaseTests(PostgresApp app) : KnowledgeBaseContract(app);
