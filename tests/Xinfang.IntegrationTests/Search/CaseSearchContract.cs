using System.Net;
using System.Net.Http.Json;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Search.Features;

namespace Xinfang.IntegrationTests.Search;

/// <summary>
/// Chinese full-text search over HTTP on both databases: a township finds its own case and never another township's,
/// even by a word only that case holds; a reply is found the moment it is written; a phrase ranks above the same words
/// scattered; a phone number finds its cases exactly; bad queries are refused naming the parameter.
/// </summary>
public abstract class CaseSearchContract(XinfangApp app)
{
    private static string Marker() => "k" + Guid.NewGuid().ToString("N")[..7];

    private static string Phone() => "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<CaseDetailView> DispatchedAsync(string township, string unit, string content, string phone, int daysAgo = 0)
    {
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync(township: township);
        var letter = ApiClient.Letter(app.Clock.GetUtcNow().AddDays(-daysAgo), category, region, content: content) with
        {
            Subject = "小区安置房问题",
            Petitioners = [new PetitionerRequest("王秀英", ApiClient.IdNumber(Random.Shared.Next(1, 5000)), phone, $"{township}某村")],
        };
        var c = await registrar.RegisterAsync(letter);
        return await (await app.As("dispatcher")).ActOkAsync(c.Id, "dispatch", new { mode = "Forward", leadUnitId = await registrar.UnitIdAsync(unit) });
    }

    private static async Task<CaseSearchResult> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/cases/search?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<CaseSearchResult>(Json.Options))!;
    }

    [Fact]
    public async Task ATownship_FindsItsOwnCases_NeverAnothers_AndAReplyAtOnce()
    {
        var (shared, onlyPingdi, reply) = (Marker(), Marker(), Marker());
        var phone = Phone();
        var renheCase = await DispatchedAsync("仁和镇", "仁和镇人民政府", $"编号{shared}：安置房屋顶漏水，墙体开裂，请求维修。", phone);
        var pingdiCase = await DispatchedAsync("平地镇", "平地镇人民政府", $"编号{shared}：安置房迟迟未交付。另有{onlyPingdi}情况反映。", phone);

        var renhe = await app.As("handler-renhe");
        var found = await SearchAsync(renhe, $"q={shared}");
        Assert.Equal([renheCase.Id], found.Items.Select(i => i.Id));
        Assert.Equal(1, found.Total);
        Assert.Contains($"<mark>{shared}</mark>", found.Items[0].Highlights[0], StringComparison.Ordinal);
        Assert.Equal(0, (await SearchAsync(renhe, $"q={onlyPingdi}")).Total);
        Assert.Equal([pingdiCase.Id], (await SearchAsync(await app.As("handler-pingdi"), $"q={shared}")).Items.Select(i => i.Id));
        Assert.Equal(2, (await SearchAsync(await app.As("leader"), $"q={shared}")).Total);
        Assert.Equal([renheCase.Id], (await SearchAsync(renhe, $"q={shared}&status=Dispatched&channel=Letter")).Items.Select(i => i.Id));
        Assert.Equal(0, (await SearchAsync(renhe, $"q={shared}&status=Closed")).Total);
        var (_, pingdi) = await renhe.PlaceAsync(township: "平地镇");
        var inPingdi = await SearchAsync(await app.As("leader"), $"q={shared}&township={pingdi}");
        Assert.Equal([pingdiCase.Id], inPingdi.Items.Select(i => i.Id));
        Assert.True(inPingdi.TotalIsExact);

        // The phone number finds the petitioner's cases exactly, still within scope.
        var byPhone = await SearchAsync(renhe, $"q={phone}");
        Assert.Equal(renheCase.Id, Assert.Single(byPhone.Items).Id);
        Assert.Equal("phone", byPhone.Items[0].MatchedBy);

        await renhe.ActOkAsync(renheCase.Id, "sign");
        await renhe.ActOkAsync(renheCase.Id, "accept");
        await renhe.ActOkAsync(renheCase.Id, "reply", new { text = $"经核查，已安排施工队对屋顶进行{reply}防水维修。" });
        var replied = await SearchAsync(renhe, $"q={reply}");
        Assert.Equal([renheCase.Id], replied.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task APhrase_RanksAboveTheSameWordsScattered()
    {
        var marker = Marker();
        var phone = Phone();
        var scattered = await DispatchedAsync("仁和镇", "仁和镇人民政府", $"{marker}反映：水表破裂后一直没人管，小区管道老化，供水时断时续。", phone);
        var phrase = await DispatchedAsync("仁和镇", "仁和镇人民政府", $"小区门口{marker}供水管道破裂，路面积水严重。", phone);

        var result = await SearchAsync(await app.As("leader"), $"q={Uri.EscapeDataString(marker + "供水管道破裂")}");

        Assert.Equal([phrase.Id, scattered.Id], result.Items.Select(i => i.Id));
        // The phrase (the marker and 供水管/道/破裂 in a row) earns the phrase bonus; the scattered words do not.
        Assert.True(result.Items[0].Score - result.Items[1].Score > 50, $"{result.Items[0].Score} vs {result.Items[1].Score}");
        Assert.Contains("供水", result.Words);
    }

    [Fact]
    public async Task ACaseReceivedMonthsAgo_IsFoundBesideARecentOne_NewestFirstAmongEquals()
    {
        var marker = Marker();
        var old = await DispatchedAsync("仁和镇", "仁和镇人民政府", $"{marker}：村道塌方无人修。", Phone(), daysAgo: 200);
        var recent = await DispatchedAsync("仁和镇", "仁和镇人民政府", $"{marker}：村道塌方无人修。", Phone());

        var result = await SearchAsync(await app.As("handler-renhe"), $"q={marker}");

        Assert.Equal([recent.Id, old.Id], result.Items.Select(i => i.Id));
        Assert.True(result.TotalIsExact);
    }

    [Theory]
    [InlineData("q=", "q")]
    [InlineData("q=%20%20", "q")]
    [InlineData("q=%EF%BC%8C%E3%80%82", "q")]
    [InlineData("q=安置房&page=0", "page")]
    [InlineData("q=安置房&pageSize=1000", "pageSize")]
    [InlineData("q=安置房&page=2147483647", "page")]
    [InlineData("q=安置房&to=9999-12-31", "to")]
    [InlineData("q=安置房&from=0001-01-01", "from")]
    public async Task BadQueries_AreRefusedNamingTheParameter(string query, string field)
    {
        var response = await (await app.As("leader")).GetAsync($"/api/cases/search?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCaseSearchTests(SqliteApp app) : CaseSearchContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCaseSearchTests(PostgresApp app) : CaseSearchContract(app);
