using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Performance.Features;

namespace Xinfang.IntegrationTests.Performance;

/// <summary>A changed performance year survives in the database exactly as saved, on both providers.</summary>
public abstract class PerformanceYearStoreContract(XinfangApp app)
{
    [Fact]
    public async Task Save_ThenFindInAnotherScope_GivesBackTheSameYear()
    {
        var sample = PerformanceSampleCatalog.Find("renhe-2022")! with { Id = "store-test-perf-2022" };
        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<IPerformanceYearStore>().SaveAsync(sample, null);
        }

        await using (var scope = app.Scope())
        {
            var found = await scope.ServiceProvider.GetRequiredService<IPerformanceYearStore>().FindAsync("store-test-perf-2022");
            Assert.NotNull(found);
            Assert.Equal(PerformanceYearJson.Write(sample), PerformanceYearJson.Write(found.Year));
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePerformanceYearStoreTests(SqliteApp app) : PerformanceYearStoreContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPerformanceYearStoreTests(PostgresApp app) : PerformanceYearStoreContract(app);
