using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Demo;
using Xinfang.Core.Routing;
using Xinfang.Core.Routing.Features;
using Xinfang.Core.Search.Features;

namespace Xinfang.IntegrationTests.Routing;

/// <summary>
/// Category suggestion over HTTP on both databases, on a database of its own: nothing to suggest before a model exists;
/// only the administrator trains, and not without closed cases; trained on the district's closed cases, the model proposes
/// the category with the units that led such cases; each registration keeps what was proposed, and the registrars'
/// choices measure the model live.
/// </summary>
public abstract class CategorySuggestionContract(XinfangApp app)
{
    private const string Subject = "物业费收取不合理";
    private const string Content = "仁和镇某小区物业公司擅自上调物业费，电梯多次故障无人维修，业主多次反映未果，请求相关部门核查。";

    [Fact]
    public async Task TrainedOnClosedCases_TheModelProposesTheCategory_AndTheRegistrarsChoicesMeasureIt()
    {
        var registrar = await app.As("registrar");
        var admin = await app.As("admin");
        var before = await SuggestAsync(registrar, new { subject = Subject, content = Content });
        Assert.Null(before.ModelId);
        Assert.Empty(before.Categories);

        var refused = await (await registrar.PostAsync("/api/routing/train", null)).ProblemAsync();
        Assert.Equal("routing.train_forbidden", refused.GetProperty("code").GetString());
        var empty = await admin.PostAsync("/api/routing/train", null);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("routing.too_few_cases", (await empty.ProblemAsync()).GetProperty("code").GetString());

        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoCaseGenerator>().GenerateAsync(400, seed: 11);
        }

        // The bulk generator writes no search words; the backfill (`xinfang search reindex`) gives every case its words.
        var leader = await app.As("leader");
        Assert.Equal(0, (await leader.GetFromJsonAsync<CaseSearchResult>("/api/cases/search?q=物业", Json.Options))!.Total);
        await using (var scope = app.Scope())
        {
            Assert.Equal(400, await scope.ServiceProvider.GetRequiredService<IndexCaseTexts>().IndexMissingAsync());
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<IndexCaseTexts>().IndexMissingAsync());
        }

        Assert.True((await leader.GetFromJsonAsync<CaseSearchResult>("/api/cases/search?q=物业", Json.Options))!.Total > 0);

        var trained = await admin.PostAsync("/api/routing/train", null);
        Assert.True(trained.StatusCode == HttpStatusCode.OK, await trained.Content.ReadAsStringAsync());
        var model = (await trained.Content.ReadFromJsonAsync<RoutingModelView>(Json.Options))!;
        Assert.True(model.Examples > 100 && model.Categories > 10, $"{model.Examples} cases, {model.Categories} categories");

        var (property, township) = await registrar.PlaceAsync("物业管理");
        var suggestions = await SuggestAsync(registrar, new { subject = Subject, content = Content, regionId = township });
        Assert.Equal(model.Id, suggestions.ModelId);
        Assert.Equal(3, suggestions.Categories.Count);
        var first = suggestions.Categories[0];
        Assert.Equal((property, "城乡建设 / 物业管理"), (first.CategoryId, first.Path));
        Assert.True(first.Confidence > suggestions.Categories[1].Confidence);
        // The demo sends property complaints to the housing bureau, and the model learnt that from the closed cases.
        Assert.Equal("区住房和城乡建设局", first.Units[0].Name);

        // Two registrations: one keeps the proposal, one files the same text under wage arrears.
        var (wages, _) = await registrar.PlaceAsync("欠薪");
        var kept = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), property, township, ApiClient.IdNumber(301), Content) with { Subject = Subject });
        var overruled = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), wages, township, ApiClient.IdNumber(302), Content) with { Subject = Subject });
        await using (var scope = app.Scope())
        {
            var records = await XinfangApp.Db(scope).CategorySuggestions.Where(s => s.CaseId == kept.Id || s.CaseId == overruled.Id).ToListAsync();
            Assert.Equal(2, records.Count);
            Assert.All(records, r => Assert.Equal((model.Id, property), (r.ModelId, r.First)));
        }

        var today = Xinfang.Core.Common.ChinaTime.DateOf(app.Clock.GetUtcNow()).ToString("yyyy-MM-dd");
        var accuracy = (await (await app.As("supervisor")).GetFromJsonAsync<RoutingAccuracyView>($"/api/routing/accuracy?from={today}&to={today}", Json.Options))!;
        Assert.Equal((2, 2, 1), (accuracy.Suggested, accuracy.Decided, accuracy.FirstRight));
        Assert.Equal(0.5, accuracy.FirstRate);
        Assert.Equal(model.Id, accuracy.Model!.Id);
    }

    [Fact]
    public async Task BadRequests_AreRefusedNamingTheField_AndHandlersAreNotAsked()
    {
        var registrar = await app.As("registrar");
        var none = await registrar.PostAsJsonAsync("/api/cases/category-suggestions", new { subject = " ", content = "" });
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal("routing.no_text", (await none.ProblemAsync()).GetProperty("code").GetString());
        var huge = await registrar.PostAsJsonAsync("/api/cases/category-suggestions", new { content = new string('访', SuggestCategories.MaxTextLength + 1) });
        Assert.Equal("routing.text_too_long", (await huge.ProblemAsync()).GetProperty("code").GetString());

        var handler = await app.As("handler-renhe");
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.PostAsJsonAsync("/api/cases/category-suggestions", new { content = Content })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.GetAsync("/api/routing/accuracy")).StatusCode);

        var supervisor = await app.As("supervisor");
        foreach (var query in new[] { "from=0001-01-01", "to=9999-12-31", "from=2026-02-01&to=2026-01-01" })
        {
            var response = await supervisor.GetAsync($"/api/routing/accuracy?{query}");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query}: {(int)response.StatusCode}");
        }
    }

    private static async Task<CategorySuggestions> SuggestAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/cases/category-suggestions", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CategorySuggestions>(Json.Options))!;
    }
}

public sealed class SqliteCategorySuggestionTests(SqliteApp app) : CategorySuggestionContract(app), IClassFixture<SqliteApp>;

public sealed class PostgresCategorySuggestionTests(PostgresApp app) : CategorySuggestionContract(app), IClassFixture<PostgresApp>;
