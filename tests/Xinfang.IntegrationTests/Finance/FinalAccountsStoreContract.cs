using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Finance.Features;
using Xinfang.Core.Finance.Import;
using Xinfang.Core.Audit;

namespace Xinfang.IntegrationTests.Finance;

/// <summary>Department-years survive in the database exactly as saved, on both providers, and each change is audited.</summary>
public abstract class FinalAccountsStoreContract(XinfangApp app)
{
    [Fact]
    public async Task Save_ThenFindInAnotherScope_GivesBackTheSameAccounts()
    {
        var sample = SampleCatalog.Find("renhe-2022")! with { Id = "store-test-2022" };
        await using (var scope = app.Scope())
        {
            scope.ServiceProvider.GetRequiredService<IFinalAccountsStore>().Save(sample);
        }

        await using (var scope = app.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IFinalAccountsStore>();
            var found = store.Find("store-test-2022");
            Assert.NotNull(found);
            Assert.Equal(FinalAccountsJson.Write(sample), FinalAccountsJson.Write(found));
            Assert.Contains(store.All(), a => a.Id == "store-test-2022");
            var audited = await XinfangApp.Db(scope).AuditEntries.CountAsync(a => a.EntityType == nameof(StoredFinalAccounts) && a.EntityId == "store-test-2022");
            Assert.Equal(1, audited);
            Assert.True(store.Remove("store-test-2022"));
            Assert.Null(store.Find("store-test-2022"));
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFinalAccountsStoreTests(SqliteApp app) : FinalAccountsStoreContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresFinalAccountsStoreTests(PostgresApp app) : FinalAccountsStoreContract(app);
