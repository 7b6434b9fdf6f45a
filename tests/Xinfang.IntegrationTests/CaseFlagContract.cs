using System.Net;
using System.Net.Http.Json;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;

namespace Xinfang.IntegrationTests;

/// <summary>Flags that count, over HTTP on both databases: a list narrowed by 集体访, 越级访 (a level or any), 异常场所, 重复访,
/// 敏感期 and 紧急 holds exactly the cases with those flags, and its total is their number; a bad value names its parameter.</summary>
public abstract class CaseFlagContract(XinfangApp app)
{
    // A day of its own (no other test registers cases in 2015), so the lists below hold only these cases.
    private static readonly DateTimeOffset Day = new(2015, 6, 10, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task EachFlag_NarrowsTheListToExactlyItsCases()
    {
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync("欠薪");
        var plain = ApiClient.Letter(Day, category, region, ApiClient.IdNumber(81), "标志筛选测试：普通事项");
        var collective = await registrar.RegisterAsync(ApiClient.Letter(Day, category, region, ApiClient.IdNumber(82), "标志筛选测试：集体越级")
            with { PeopleCount = 6, SkipLevel = SkipLevel.ToProvince, IsUrgent = true, AbnormalVenue = true });
        var ordinary = await registrar.RegisterAsync(plain);
        var repeat = await registrar.RegisterAsync(ApiClient.Letter(Day, category, region, ApiClient.IdNumber(83), "标志筛选测试：重复到市")
            with { IsRepeat = true, SensitivePeriod = true, SkipLevel = SkipLevel.ToCity });
        var dispatcher = await app.As("dispatcher");
        foreach (var c in new[] { collective, ordinary, repeat })
        {
            await dispatcher.ActOkAsync(c.Id, "refuse", new { reason = "测试事项，不属于信访事项", properChannel = "无" }); // out of every work queue
        }

        var leader = await app.As("leader");
        async Task<List<Guid>> ListAsync(string flags)
        {
            var page = (await leader.GetFromJsonAsync<PagedList<CaseListItem>>($"/api/cases?from=2015-06-10&to=2015-06-10&pageSize=100&{flags}", Json.Options))!;
            Assert.Equal(page.Items.Count, page.Total);
            return [.. page.Items.Select(i => i.Id).Order()];
        }

        List<Guid> Of(params CaseDetailView[] cases) => [.. cases.Select(c => c.Id).Order()];
        Assert.Equal(Of(collective, ordinary, repeat), await ListAsync(""));
        Assert.Equal(Of(collective), await ListAsync("collective=true"));
        Assert.Equal(Of(ordinary, repeat), await ListAsync("collective=false"));
        Assert.Equal(Of(collective, repeat), await ListAsync("skipLevel=any"));
        Assert.Equal(Of(collective), await ListAsync("skipLevel=toProvince"));
        Assert.Equal(Of(ordinary), await ListAsync("skipLevel=none"));
        Assert.Equal(Of(collective), await ListAsync("urgent=true&abnormalVenue=true"));
        Assert.Equal(Of(repeat), await ListAsync("repeat=true&sensitivePeriod=true"));
        Assert.Empty(await ListAsync("repeat=true&collective=true"));

        // The counts by flag (three-rates breakdown) equal the totals of the lists the same flags give.
        var byFlag = (await leader.GetFromJsonAsync<List<FlagRates>>("/api/indicators/three-rates/flags?from=2015-06-10&to=2015-06-10", Json.Options))!;
        Assert.Equal(["collective", "skipLevel", "abnormalVenue", "repeat", "keyCase", "sensitivePeriod", "urgent"], byFlag.Select(f => f.Flag));
        foreach (var f in byFlag)
        {
            Assert.Equal((await ListAsync(f.Flag == "skipLevel" ? "skipLevel=any" : $"{f.Flag}=true")).Count, f.Rates.Cases);
        }

        Assert.Equal([1, 2, 1, 1, 0, 1, 1], byFlag.Select(f => f.Rates.Cases));
        var collectiveRates = byFlag[0].Rates;
        // Received in 2015, refused today: a decision made, years after its deadline.
        Assert.Equal((0, 1), (collectiveRates.TimelyAcceptance.Numerator, collectiveRates.TimelyAcceptance.Denominator));
        Assert.DoesNotContain((await (await app.As("handler-pingdi")).GetFromJsonAsync<List<FlagRates>>(
            "/api/indicators/three-rates/flags?from=2015-06-10&to=2015-06-10", Json.Options))!, f => f.Rates.Cases > 0); // another township's scope

        var bad = await leader.GetAsync("/api/cases?collective=maybe&skipLevel=moon");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ProblemAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("collective", out _) && errors.TryGetProperty("skipLevel", out _), errors.ToString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCaseFlagTests(SqliteApp app) : CaseFlagContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCaseFlagTests(PostgresApp app) : CaseFlagContract(app);
