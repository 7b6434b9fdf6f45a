using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Performance.Features;
using Xinfang.Core.Performance.LiveData;
using Xinfang.Core.Performance.Samples;
using Xinfang.Core.Calendar;

namespace Xinfang.IntegrationTests.Performance;

/// <summary>The satisfaction indicator of the 群众意见受理中心 project bound to the Cases module and measured from
/// cases in the real database (migrated, demo district), through the services the app registers — the same
/// <see cref="ThreeRates"/> query as the 三率 page, not a copy of its formulas.</summary>
public abstract class PerformanceBindingContract(XinfangApp app)
{
    [Fact]
    public async Task MeasureBoundIndicators_WhenSatisfactionIsBound_MeasuresTheRateOfTheFiscalYearsCases()
    {
        var client = await app.As("leader");
        var (category, region) = await client.PlaceAsync("欠薪");
        var township = await client.UnitIdAsync("仁和镇人民政府");
        await SeedRated2022Async(category, region, township);

        var year = Renhe2022Performance.Create();
        var number = year.Projects.Single(p => p.Code == Renhe2022Performance.AcceptanceCentreCode).Indicators
            .Select((i, n) => (i, n)).Single(x => x.i.Name == Renhe2022Performance.SatisfactionIndicator).n + 1;
        var bound = BindIndicator.Handle(year, Renhe2022Performance.AcceptanceCentreCode, number, new LiveBinding(LiveFigure.Satisfaction)).Value;

        await using var scope = app.Scope();
        var measured = await scope.ServiceProvider.GetRequiredService<MeasureBoundIndicators>().HandleAsync(bound);

        Assert.True(measured.IsSuccess, string.Join("; ", measured.Errors.Select(e => e.Message)));
        var indicator = measured.Value.Projects.Single(p => p.Code == Renhe2022Performance.AcceptanceCentreCode).Indicators[number - 1];
        var measurement = indicator.Measurement!;
        Assert.Equal((3, 4), (measurement.Numerator, measurement.Denominator)); // 满意 + 基本满意 over rated; one answered case not rated
        Assert.Equal(75m, measurement.Value);

        var threeRates = await client.GetFromJsonAsync<ThreeRatesView>("/api/indicators/three-rates?from=2022-01-01&to=2022-12-31", Json.Options);
        Assert.Equal(threeRates!.Satisfaction, new Rate(measurement.Numerator!.Value, measurement.Denominator!.Value));

        Assert.Equal("/api/cases?from=2022-01-01&to=2022-12-31", measurement.CasesLink);
        var listed = await client.GetFromJsonAsync<PagedList<CaseListItem>>(measurement.CasesLink, Json.Options);
        Assert.Equal(5, listed!.Total);
        Assert.All(listed.Items, c => Assert.Equal(2022, ChinaTime.DateOf(c.ReceivedAt).Year));

        var score = EvaluatePerformance.Handle(measured.Value).Project(Renhe2022Performance.AcceptanceCentreCode).Indicators[number - 1];
        Assert.Equal(75m / 95m * 10m, score.RuleScore);
        Assert.True(score.HasGap); // the department entered 8 with the completion value left blank
    }

    /// <summary>Five cases received in 2022 through the aggregate: 满意, 满意, 基本满意, 不满意, and one answered but not
    /// yet rated.</summary>
    private async Task SeedRated2022Async(int category, int region, int townshipUnit)
    {
        await using var scope = app.Scope();
        var db = XinfangApp.Db(scope);
        var policy = scope.ServiceProvider.GetRequiredService<DeadlinePolicy>();
        var system = new Actor(0, "system", new HashSet<string>(Roles.All), 0, DataScope.Everything);
        var township = new UnitRef(townshipUnit, region, "仁和镇人民政府");
        var cases = new List<Case>();
        Satisfaction?[] ratings = [Satisfaction.Satisfied, Satisfaction.Satisfied, Satisfaction.FairlySatisfied, Satisfaction.Unsatisfied, null];
        for (var n = 0; n < ratings.Length; n++)
        {
            DateTimeOffset On(int month, int day) => new(2022, month, day, 10, 0, 0, ChinaTime.Offset);
            var received = On(3 + n, 7);
            var intake = new CaseIntake(Channel.Hotline12345, received, CaseForm.Complaint, StatutoryClass.ClaimRequest, category, region, null, "绩效绑定测试", "群众满意度绑定测试");
            var c = Case.Register(intake, $"P2022-{n + 1:000000}", [], system, received, policy);
            c.Dispatch(system, received, Disposal.Forward, township, [], null, policy);
            c.Sign(system, received, policy);
            c.Accept(system, On(3 + n, 9), policy);
            c.Reply(system, On(3 + n, 28), "答复", policy);
            if (ratings[n] is { } rating)
            {
                c.Callback(system, On(4 + n, 2), rating, null, policy);
                c.Close(system, On(4 + n, 3));
            }
            cases.Add(c);
        }
        db.Cases.AddRange(cases);
        await db.SaveChangesAsync();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePerformanceBindingTests(SqliteApp app) : PerformanceBindingContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPerformanceBindingTests(PostgresApp app) : PerformanceBindingContract(app);
