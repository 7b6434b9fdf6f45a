using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Performance.Features;

namespace Xinfang.IntegrationTests.Performance;

/// <summary>Entering a target is stored in the database and re-scores the project; bad input names each field and
/// stores nothing; only finance staff and administrators may change targets.</summary>
public abstract class IndicatorTargetContract(XinfangApp app)
{
    private static readonly Actor Finance = new(1, "finance", new HashSet<string> { Roles.Finance }, 1, DataScope.Everything);
    private static readonly Actor Leader = new(2, "leader", new HashSet<string> { Roles.Leader }, 1, DataScope.Everything);

    [Fact]
    public async Task SaveTarget_IsKeptAndChangesTheRuleScore()
    {
        // A copy of the sample under its own id, so other tests' use of the sample is untouched.
        const string yearId = "target-test-2022";
        var sample = PerformanceSampleCatalog.Find("renhe-2022")! with { Id = yearId };
        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<IPerformanceYearStore>().SaveAsync(sample, null);
        }

        var before = EvaluatePerformance.Handle(sample).Projects.Single(p => p.Project.Code.EndsWith("395114", StringComparison.Ordinal));
        var code = before.Project.Code;
        var indicator = before.Project.Indicators.ToList().FindIndex(i => i.Name.Contains("满意", StringComparison.Ordinal)) + 1;
        Assert.True(indicator > 0);

        await using (var scope = app.Scope())
        {
            var handler = scope.ServiceProvider.GetRequiredService<SaveIndicatorTargetHandler>();
            Assert.Equal("performance.read_only", (await handler.HandleAsync(new(yearId, code, indicator, "≥", "95", "%", 8, "96"), Leader)).FirstError.Code);

            var bad = await handler.HandleAsync(new(yearId, code, indicator, "大约", "很多", "%", 120, null), Finance);
            Assert.Equal(["nature", "weight"], bad.Errors.Select(e => e.Field).Order());

            var saved = await handler.HandleAsync(new(yearId, code, indicator, "≥", "95", "%", 8, "96"), Finance);
            Assert.True(saved.IsSuccess, saved.IsSuccess ? "" : saved.FirstError.Message);
        }

        await using (var scope = app.Scope())
        {
            var year = (await scope.ServiceProvider.GetRequiredService<PerformanceYears>().FindAsync(yearId))!.Year;
            var project = year.Projects.Single(p => p.Code == code);
            Assert.Equal(("≥", "95", "96", 8m), (project.Indicators[indicator - 1].Nature, project.Indicators[indicator - 1].Target,
                project.Indicators[indicator - 1].Completion, project.Indicators[indicator - 1].Weight));
            var after = EvaluatePerformance.Handle(year).Projects.Single(p => p.Project.Code == code);
            Assert.NotEqual(before.RuleTotal, after.RuleTotal);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteIndicatorTargetTests(SqliteApp app) : IndicatorTargetContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresIndicatorTargetTests(PostgresApp app) : IndicatorTargetContract(app);
