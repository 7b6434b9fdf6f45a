using System.Net;
using System.Net.Http.Json;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;

namespace Xinfang.IntegrationTests;

/// <summary>The reply check over HTTP: the handler of the case gets each element met or missing (and a petitioner's own
/// number is not someone else's); another township gets nothing; an empty text is refused naming it.</summary>
public abstract class ReplyCheckContract(XinfangApp app)
{
    [Fact]
    public async Task TheHandler_SeesWhatTheReplyLacks_OthersGetNothing()
    {
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync();
        // A person of its own: the default letter's petitioner has finalised matters in other tests.
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(Random.Shared.Next(9000, 9900))) with
        {
            Petitioners = [new PetitionerRequest("钱淑芬", ApiClient.IdNumber(Random.Shared.Next(9000, 9900)), "13511112222", "仁和镇某村")],
        });
        await (await app.As("dispatcher")).ActOkAsync(c.Id, "dispatch", new { mode = "Forward", leadUnitId = await registrar.UnitIdAsync("仁和镇人民政府") });
        var handler = await app.As("handler-renhe");

        var partial = await handler.PostAsJsonAsync($"/api/cases/{c.Id}/reply-check",
            new { text = "经核查，您家安置房将于下月分配，联系电话13511112222。", step = "Reply" }, Json.Options);
        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        var result = (await partial.Content.ReadFromJsonAsync<ReplyCheckResult>(Json.Options))!;
        Assert.False(result.Complete);
        Assert.Equal(["answers", "facts"], result.Items.Where(i => i.Met).Select(i => i.Key));
        Assert.Empty(result.OtherPersonalData); // the petitioner's own phone

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("handler-pingdi")).PostAsJsonAsync($"/api/cases/{c.Id}/reply-check", new { text = "经核查" })).StatusCode);
        var empty = await handler.PostAsJsonAsync($"/api/cases/{c.Id}/reply-check", new { text = " " });
        Assert.True((await empty.ProblemAsync()).GetProperty("errors").TryGetProperty("text", out _));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReplyCheckTests(SqliteApp app) : ReplyCheckContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresReplyCheckTests(PostgresApp app) : ReplyCheckContract(app);
