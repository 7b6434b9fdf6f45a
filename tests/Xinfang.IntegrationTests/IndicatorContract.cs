using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Organisation.Features;
using Xinfang.Core.Calendar;

namespace Xinfang.IntegrationTests;

public abstract class IndicatorContract(XinfangApp app)
{
    /// <summary>Six hand-made cases received in June 2023, each with a known outcome, then the three rates over HTTP.</summary>
    [Fact]
    public async Task ThreeRates_OnAHandMadeSet_FollowTheDefinitions()
    {
        var client = await app.As("leader");
        var (category, region) = await client.PlaceAsync("欠薪");
        var township = await client.UnitIdAsync("仁和镇人民政府");
        await SeedSixCasesAsync(category, region, township, month: 6);

        var rates = await client.GetFromJsonAsync<ThreeRatesView>("/api/indicators/three-rates?from=2023-06-01&to=2023-06-30", Json.Options);

        Assert.Equal(6, rates!.Cases);
        Assert.Equal(new Rate(5, 6), rates.TimelyAcceptance);  // B decided late
        Assert.Equal(new Rate(3, 5), rates.OnTimeClosure);     // B late, D overdue without reply
        Assert.Equal(new Rate(2, 3), rates.Satisfaction);      // C unsatisfied
        Assert.Equal(new Rate(3, 4), rates.Participation);     // F answered, not yet rated
        Assert.Equal(0.8333m, rates.TimelyAcceptance.Value);

        var unitOnly = await client.GetFromJsonAsync<ThreeRatesView>($"/api/indicators/three-rates?from=2023-06-01&to=2023-06-30&unit={township}", Json.Options);
        Assert.Equal(5, unitOnly!.Cases); // E was refused by the bureau before any dispatch
    }

    /// <summary>A township's rates and queues are read from the units' copies (CaseUnit), not from the cases: they
    /// must agree with the district-wide figures filtered to what was dispatched there.</summary>
    [Fact]
    public async Task ATownship_SeesTheRatesAndQueuesOfWhatWasDispatchedToIt()
    {
        var leader = await app.As("leader");
        var (category, region) = await leader.PlaceAsync("欠薪");
        var township = await leader.UnitIdAsync("仁和镇人民政府");
        // A second unit of the township, co-unit on every dispatched case: the township still counts each case once.
        var created = await (await app.As("admin")).PostAsJsonAsync("/api/admin/units",
            new CreateUnitRequest("TC" + Guid.NewGuid().ToString("N")[..6], "仁和镇综治中心" + Guid.NewGuid().ToString("N")[..4], UnitKind.Township, null, region), Json.Options);
        created.EnsureSuccessStatusCode();
        var secondUnit = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var overdueCase = (await SeedSixCasesAsync(category, region, township, month: 7, coUnit: secondUnit)).Single(c => c.Status == CaseStatus.InProgress);

        var renhe = await app.As("handler-renhe");
        var rates = await renhe.GetFromJsonAsync<ThreeRatesView>("/api/indicators/three-rates?from=2023-07-01&to=2023-07-31", Json.Options);
        Assert.Equal(5, rates!.Cases);                          // E never reached the township
        Assert.Equal(new Rate(4, 5), rates.TimelyAcceptance);   // B decided late
        Assert.Equal(new Rate(3, 5), rates.OnTimeClosure);
        Assert.Equal(new Rate(2, 3), rates.Satisfaction);
        Assert.Equal(new Rate(3, 4), rates.Participation);
        var pingdi = await app.As("handler-pingdi");
        Assert.Equal(0, (await pingdi.GetFromJsonAsync<ThreeRatesView>("/api/indicators/three-rates?from=2023-07-01&to=2023-07-31", Json.Options))!.Cases);

        IReadOnlyDictionary<CaseQueue, int> badges;
        await using (var scope = app.Scope())
        {
            var renheActor = new Actor(0, "handler-renhe", new HashSet<string> { Roles.Handler }, township, new DataScope(DataScopeKind.Township, region, township));
            badges = await scope.ServiceProvider.GetRequiredService<QueueCounts>().HandleAsync(renheActor);
        }

        foreach (var (queue, name) in new[] { (CaseQueue.InProgress, "in-progress"), (CaseQueue.Overdue, "overdue"), (CaseQueue.ToCallBack, "to-call-back") })
        {
            var own = await renhe.ListAsync($"queue={name}&pageSize=100");
            var filtered = await leader.ListAsync($"queue={name}&unit={township}&pageSize=100");
            Assert.Equal(filtered.Total, own.Total);
            Assert.Equal(filtered.Items.Select(i => i.Id), own.Items.Select(i => i.Id));
            Assert.Equal(filtered.Total, badges[queue]); // the count on the queue's button
        }

        Assert.Contains(overdueCase.Id, (await renhe.ListAsync("queue=overdue&pageSize=100")).Items.Select(i => i.Id));
        Assert.DoesNotContain(overdueCase.Id, (await pingdi.ListAsync("queue=overdue&pageSize=100")).Items.Select(i => i.Id));
    }

    /// <summary>Six cases received in a month of 2023 (June as written below, or the same six a month later: one month
    /// per test, so the tests sharing the app do not count each other's cases).</summary>
    private async Task<IReadOnlyList<Case>> SeedSixCasesAsync(int category, int region, int townshipUnit, int month, int? coUnit = null)
    {
        await using var scope = app.Scope();
        var db = XinfangApp.Db(scope);
        var policy = scope.ServiceProvider.GetRequiredService<DeadlinePolicy>();
        var all = new HashSet<string>(Roles.All);
        var dispatcher = new Actor(0, "system", all, 0, DataScope.Everything);
        var handler = dispatcher;
        var township = new UnitRef(townshipUnit, region, "仁和镇人民政府");
        var shift = month - 6;
        var serial = shift * 100;

        Case New(int day)
        {
            var at = new DateTimeOffset(2023, 6 + shift, day, 10, 0, 0, ChinaTime.Offset);
            var intake = new CaseIntake(Channel.Hotline12345, at, CaseForm.Complaint, StatutoryClass.ClaimRequest, category, region, null, "三率测试", "欠薪三率测试");
            var c = Case.Register(intake, $"T2023-{++serial:000000}", [], dispatcher, at, policy);
            c.Dispatch(dispatcher, at, Disposal.Forward, township, coUnit is { } co ? [new UnitRef(co, region, "同镇协办单位")] : [], null, policy);
            c.Sign(handler, at, policy);
            return c;
        }

        DateTimeOffset On(int month, int day) => new(2023, month + shift, day, 15, 0, 0, ChinaTime.Offset);

        var a = New(1); // in time, replied in time, satisfied
        a.Accept(handler, On(6, 5), policy);
        a.Reply(handler, On(7, 1), "答复", policy);
        a.Callback(dispatcher, On(7, 2), Satisfaction.Satisfied, null, policy);
        a.Close(dispatcher, On(7, 2));

        var b = New(2); // accepted late, replied late, fairly satisfied
        b.Accept(handler, On(7, 10), policy);
        b.Reply(handler, On(10, 1), "答复", policy);
        b.Callback(dispatcher, On(10, 2), Satisfaction.FairlySatisfied, null, policy);
        b.Close(dispatcher, On(10, 2));

        var c = New(3); // in time, unsatisfied, closed without redo
        c.Accept(handler, On(6, 6), policy);
        c.Reply(handler, On(7, 3), "答复", policy);
        c.Callback(dispatcher, On(7, 4), Satisfaction.Unsatisfied, null, policy);
        c.Close(dispatcher, On(7, 5));

        var d = New(4); // accepted in time, never replied: overdue by now (March 2024)
        d.Accept(handler, On(6, 7), policy);

        var e = Case.Register(new CaseIntake(Channel.Letter, On(6, 8), CaseForm.Complaint, StatutoryClass.ClaimRequest, category, region, null, "三率测试", "诉访分离"),
            $"T2023-{++serial:000000}", [], dispatcher, On(6, 8), policy);
        e.Refuse(dispatcher, On(6, 9), "属于诉讼事项", "向人民法院起诉"); // decided in time

        var f = New(9); // replied in time, not yet called back
        f.Accept(handler, On(6, 10), policy);
        f.Reply(handler, On(7, 20), "答复", policy);

        db.Cases.AddRange(a, b, c, d, e, f);
        await db.SaveChangesAsync();
        return [a, b, c, d, e, f];
    }
}
