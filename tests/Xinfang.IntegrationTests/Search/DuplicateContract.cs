using System.Net;
using System.Net.Http.Json;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Duplicates;
using Xinfang.Core.Cases.Features;

namespace Xinfang.IntegrationTests.Search;

/// <summary>
/// Duplicates at registration on both databases: the same petitioner (by keyed hash) and the same matter told again in the
/// same township by someone else are candidates, with a reason and a score; the same words in another township are not;
/// the dispatcher's decision is recorded once, on both timelines, and a repeat is flagged; a merge closes the new case as
/// merged (out of every queue), the other continues, and both timelines say so.
/// </summary>
public abstract class DuplicateContract(XinfangApp app)
{
    private async Task<CaseDetailView> RegisterAsync(string township, string content, int person, string phone)
    {
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync(township: township);
        return await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, content: content) with
        {
            Subject = "小区污水管网堵塞",
            Petitioners = [new PetitionerRequest("赵桂兰", ApiClient.IdNumber(person), phone, $"{township}某村")],
        });
    }

    private static async Task<List<DuplicateCandidateView>> CandidatesAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<List<DuplicateCandidateView>>($"/api/cases/{id}/duplicates", Json.Options))!;

    [Fact]
    public async Task SamePersonAndSameMatterInTheSamePlace_AreCandidates_AndTheDecisionIsRecordedOnBothTimelines()
    {
        var marker = "w" + Guid.NewGuid().ToString("N")[..6];
        var person = Random.Shared.Next(5000, 9000);
        var phone = "137" + Random.Shared.Next(10_000_000, 99_999_999);
        var first = await RegisterAsync("仁和镇", $"仁和镇{marker}小区的污水管网堵塞，生活污水溢流到路面，臭气熏天，请求尽快疏通维修。", person, phone);
        var again = await RegisterAsync("仁和镇", "家门口的路灯坏了三个月没人修。", person, phone);
        var neighbour = await RegisterAsync("仁和镇", $"仁和镇{marker}小区污水管网堵塞，生活污水溢流到路面上，臭气熏天，请尽快疏通。", person + 1,
            "137" + Random.Shared.Next(10_000_000, 99_999_999));
        var elsewhere = await RegisterAsync("平地镇", $"仁和镇{marker}小区污水管网堵塞，生活污水溢流到路面上，臭气熏天，请尽快疏通。", person + 2,
            "137" + Random.Shared.Next(10_000_000, 99_999_999));

        var dispatcher = await app.As("dispatcher");
        var samePerson = Assert.Single(await CandidatesAsync(dispatcher, again.Id), d => d.OtherCaseId == first.Id);
        Assert.Equal((DuplicateReason.SamePerson, 1.0), (samePerson.Reason, samePerson.Score));

        var sameMatter = Assert.Single(await CandidatesAsync(dispatcher, neighbour.Id), d => d.OtherCaseId == first.Id);
        Assert.Equal(DuplicateReason.SimilarTextSamePlace, sameMatter.Reason);
        Assert.InRange(sameMatter.Score, 0.5, 1.0);
        Assert.DoesNotContain(await CandidatesAsync(dispatcher, elsewhere.Id), d => d.OtherCaseId == first.Id);

        var refused = await (await app.As("handler-renhe")).PostAsJsonAsync($"/api/cases/{neighbour.Id}/duplicates/{sameMatter.Id}", new { decision = "Repeat" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var noDecision = await dispatcher.PostAsJsonAsync($"/api/cases/{neighbour.Id}/duplicates/{sameMatter.Id}", new { });
        Assert.True((await noDecision.ProblemAsync()).GetProperty("errors").TryGetProperty("decision", out _));

        var decided = await dispatcher.PostAsJsonAsync($"/api/cases/{neighbour.Id}/duplicates/{sameMatter.Id}", new { decision = "Repeat" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(DuplicateDecision.Repeat, (await decided.Content.ReadFromJsonAsync<List<DuplicateCandidateView>>(Json.Options))!
            .Single(d => d.Id == sameMatter.Id).Decision);
        Assert.Equal(HttpStatusCode.Conflict, (await dispatcher.PostAsJsonAsync($"/api/cases/{neighbour.Id}/duplicates/{sameMatter.Id}", new { decision = "NotRelated" })).StatusCode);

        var repeated = await dispatcher.GetCaseAsync(neighbour.Id);
        Assert.True(repeated.IsRepeat);
        Assert.Contains(repeated.Timeline, t => t.Action == "LinkRelated" && t.Note!.Contains(first.Number, StringComparison.Ordinal));
        Assert.Contains((await dispatcher.GetCaseAsync(first.Id)).Timeline, t => t.Action == "LinkRelated" && t.Note!.Contains(neighbour.Number, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Merge_ClosesTheNewCaseIntoTheOpenOne_OnlyBeforeDisposal_OutOfTheQueues()
    {
        var marker = "m" + Guid.NewGuid().ToString("N")[..6];
        var text = $"仁和镇{marker}小区的污水管网堵塞，生活污水溢流到路面，臭气熏天，请求尽快疏通维修。";
        var first = await RegisterAsync("仁和镇", text, Random.Shared.Next(5000, 9000), "136" + Random.Shared.Next(10_000_000, 99_999_999));
        var second = await RegisterAsync("仁和镇", text.Replace("请求", "请", StringComparison.Ordinal), Random.Shared.Next(5000, 9000),
            "136" + Random.Shared.Next(10_000_000, 99_999_999));
        var dispatcher = await app.As("dispatcher");
        var registrar = await app.As("registrar");
        var candidate = Assert.Single(await CandidatesAsync(registrar, second.Id), d => d.OtherCaseId == first.Id);
        Assert.Contains("merge", second.AvailableActions);

        // Into itself, into an unknown number: named field errors; nothing changes.
        var itself = await registrar.ActAsync(second.Id, "merge", new { into = second.Number });
        Assert.True((await itself.ProblemAsync()).GetProperty("errors").TryGetProperty("into", out _));
        Assert.True((await (await registrar.ActAsync(second.Id, "merge", new { into = "RH1999999999" })).ProblemAsync()).GetProperty("errors").TryGetProperty("into", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("handler-renhe")).PostAsJsonAsync($"/api/cases/{second.Id}/duplicates/{candidate.Id}", new { decision = "Merge" })).StatusCode);

        var merged = await registrar.PostAsJsonAsync($"/api/cases/{second.Id}/duplicates/{candidate.Id}", new { decision = "Merge" });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var closed = await dispatcher.GetCaseAsync(second.Id);
        Assert.Equal((CaseStatus.Merged, "已并案", first.Number), (closed.Status, closed.StatusName, closed.MergedIntoNumber));
        Assert.Empty(closed.AvailableActions);
        Assert.Null(closed.Deadlines.Current);
        Assert.Contains(closed.Timeline, t => t.Action == "Merge" && t.Note!.Contains(first.Number, StringComparison.Ordinal));
        var continuing = await dispatcher.GetCaseAsync(first.Id);
        Assert.Equal(CaseStatus.Registered, continuing.Status);
        Assert.Contains(continuing.Timeline, t => t.Action == "Merge" && t.Note!.Contains(second.Number, StringComparison.Ordinal));
        Assert.Equal(DuplicateDecision.Merge, (await CandidatesAsync(registrar, second.Id)).Single(d => d.Id == candidate.Id).Decision);

        // Not twice; and a case already disposed of cannot be merged (the first is dispatched, then a third is merged into it).
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await registrar.ActAsync(second.Id, "merge", new { into = first.Number })).StatusCode);
        Assert.DoesNotContain((await dispatcher.ListAsync("queue=to-dispose&pageSize=100")).Items,
            i => i.Id == second.Id);
        await dispatcher.ActOkAsync(first.Id, "dispatch", new { mode = "Forward", leadUnitId = await dispatcher.UnitIdAsync("仁和镇人民政府") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await dispatcher.ActAsync(first.Id, "merge", new { into = second.Number })).StatusCode);
        var third = await RegisterAsync("仁和镇", text, Random.Shared.Next(5000, 9000), "136" + Random.Shared.Next(10_000_000, 99_999_999));
        await dispatcher.ActOkAsync(third.Id, "merge", new { into = first.Number, note = "同一小区同一管网" });
        Assert.Contains((await dispatcher.GetCaseAsync(third.Id)).Timeline, t => t.Action == "Merge" && t.Note!.Contains("同一小区同一管网", StringComparison.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDuplicateTests(SqliteApp app) : DuplicateContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDuplicateTests(PostgresApp app) : DuplicateContract(app);
