using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Cases;

namespace Xinfang.IntegrationTests;

public abstract class CaseInputContract(XinfangApp app)
{
    [Fact]
    public async Task UnreadableBodies_AnswerAProblemNamingTheField_InProduction()
    {
        var registrar = await app.As("registrar");
        var before = await CountAsync();

        var broken = await registrar.PostAsync("/api/cases", new StringContent("{\"channel\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("validation.unreadable", (await broken.ProblemAsync()).GetProperty("code").GetString());

        var wrongType = await registrar.PostAsync("/api/cases",
            new StringContent("{\"channel\": \"nonsense\", \"subject\": \"x\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        var problem = await wrongType.ProblemAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty("channel", out _), problem.ToString());

        // An enum by number — one no member has — is refused the same way, not stored.
        var number = await registrar.PostAsync("/api/cases", new StringContent("{\"channel\": -1}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, number.StatusCode);
        Assert.True((await number.ProblemAsync()).GetProperty("errors").TryGetProperty("channel", out _));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Register_RetriedWithTheSameIdempotencyKey_ReturnsTheFirstCaseAndCreatesNothing()
    {
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync();
        var request = ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(5), "重复提交测试：安置房未分配");
        var key = Guid.NewGuid().ToString();
        var before = await CountAsync();

        var first = await Send(registrar, request, key);
        var retry = await Send(registrar, request, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var a = await first.Content.ReadFromJsonAsync<CaseDetailView>(Json.Options);
        var b = await retry.Content.ReadFromJsonAsync<CaseDetailView>(Json.Options);
        Assert.Equal((a!.Id, a.Number), (b!.Id, b.Number));
        Assert.Equal(before + 1, await CountAsync());
    }

    [Fact]
    public async Task Register_ConcurrentRetriesWithOneKey_CreateExactlyOneCase()
    {
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync();
        var request = ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(6), "并发重试测试");
        var key = Guid.NewGuid().ToString();
        var before = await CountAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Send(registrar, request, key)));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<CaseDetailView>(Json.Options))!.Id));
        Assert.Single(ids.Distinct());
        Assert.Equal(before + 1, await CountAsync());
    }

    [Fact]
    public async Task Register_SameKeyWithDifferentContent_Gets409()
    {
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync();
        var key = Guid.NewGuid().ToString();
        await Send(registrar, ApiClient.Letter(app.Clock.GetUtcNow(), category, region, content: "第一份"), key);

        var second = await Send(registrar, ApiClient.Letter(app.Clock.GetUtcNow(), category, region, content: "第二份不同内容"), key);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("idempotency.key_reused", (await second.ProblemAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Register_WithBadFields_Gets400NamingEachFieldInChinese()
    {
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync();
        var request = ApiClient.Letter(app.Clock.GetUtcNow().AddDays(2), 999999, region, WrongCheckCharacter(ApiClient.IdNumber(7))) with { Subject = " " };
        var before = await CountAsync();

        var response = await registrar.PostAsJsonAsync("/api/cases", request, Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        var errors = problem.GetProperty("errors");
        Assert.Contains("身份证号码无效", errors.GetProperty("petitioners[0].idNumber")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("请填写事项标题。", errors.GetProperty("subject")[0].GetString());
        Assert.Equal("validation.not_found", problem.GetProperty("codes").GetProperty("categoryId")[0].GetString());
        Assert.Equal("validation.in_future", problem.GetProperty("codes").GetProperty("receivedAt")[0].GetString());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Register_CollectiveVisitWithSixRepresentatives_IsRefused()
    {
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync();
        var people = Enumerable.Range(1, 6).Select(i => new PetitionerRequest($"代表{i}", null, null, null, true)).ToList();
        var request = ApiClient.Letter(app.Clock.GetUtcNow(), category, region) with { Petitioners = people, PeopleCount = 30 };

        var response = await registrar.PostAsJsonAsync("/api/cases", request, Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("case.too_many_representatives", (await response.ProblemAsync()).GetProperty("codes").GetProperty("petitioners")[0].GetString());
    }

    [Fact]
    public async Task Register_WithAnUnknownChannel_Gets400NamingTheField()
    {
        var registrar = await app.As("registrar");
        var response = await registrar.PostAsync("/api/cases",
            new StringContent("""{"channel":"Fax","subject":"x"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty("channel", out _), problem.ToString());
    }

    [Fact]
    public async Task Action_WithAMissingParameter_Gets400NamingIt()
    {
        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        var (category, region) = await registrar.PlaceAsync();
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, content: "缺少参数测试"));

        var response = await dispatcher.ActAsync(c.Id, "dispatch", new { mode = "Forward" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("请选择主办单位。", (await response.ProblemAsync()).GetProperty("errors").GetProperty("leadUnitId")[0].GetString());
    }

    [Fact]
    public async Task List_WithAnUnknownQueue_Gets400()
    {
        var registrar = await app.As("registrar");
        var response = await registrar.GetAsync("/api/cases?queue=everything");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("queue", out _));
    }

    private static string WrongCheckCharacter(string id) => id[..17] + (id[17] == '1' ? '2' : '1');

    private static Task<HttpResponseMessage> Send(HttpClient client, RegisterCaseRequest request, string key)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = JsonContent.Create(request, options: Json.Options) };
        message.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(message);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = app.Scope();
        return await XinfangApp.Db(scope).Cases.CountAsync();
    }
}
