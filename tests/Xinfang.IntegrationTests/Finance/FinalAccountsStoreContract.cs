using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Finance.Features;
using Xinfang.Core.Finance.Import;
using Xinfang.Core.Audit;
using Xinfang.Web.Api;

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
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<IFinalAccountsStore>().SaveAsync(sample, expectedRevision: 0)).Value.Revision);
        }

        await using (var scope = app.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IFinalAccountsStore>();
            var found = await store.FindAsync("store-test-2022");
            Assert.NotNull(found);
            Assert.Equal(FinalAccountsJson.Write(sample), FinalAccountsJson.Write(found.Accounts));
            Assert.Contains(await store.AllAsync(), a => a.Accounts.Id == "store-test-2022");
            var audited = await XinfangApp.Db(scope).AuditEntries.CountAsync(a => a.EntityType == nameof(StoredFinalAccounts) && a.EntityId == "store-test-2022");
            Assert.Equal(1, audited);
            Assert.True(await store.RemoveAsync("store-test-2022"));
            Assert.Null(await store.FindAsync("store-test-2022"));
        }
    }

    /// <summary>Two officials open the same department-year; the second to save is refused with the same 409 problem
    /// as a stale case action, and the first one's figures stay.</summary>
    [Fact]
    public async Task Edit_WhenSavedMeanwhile_IsRefusedAsStale()
    {
        const string id = "stale-test-2022";
        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<IFinalAccountsStore>().SaveAsync(SampleCatalog.Find("renhe-2022")! with { Id = id }, null);
        }

        int opened;
        await using (var scope = app.Scope())
        {
            opened = (await scope.ServiceProvider.GetRequiredService<FinalAccountsCatalog>().FindAsync(id))!.Revision;
        }

        FigureEdit Edit(string amount) => new("functionalLines[0]", FigureColumns.Basic, amount);
        await using (var scope = app.Scope())
        {
            var first = await scope.ServiceProvider.GetRequiredService<EditFinalAccountsHandler>().HandleAsync(new(id, [Edit("100.00")], opened));
            Assert.True(first.IsSuccess, first.IsSuccess ? "" : first.FirstError.Message);
            Assert.Equal(opened + 1, first.Value.Revision);
        }

        await using (var scope = app.Scope())
        {
            var second = await scope.ServiceProvider.GetRequiredService<EditFinalAccountsHandler>().HandleAsync(new(id, [Edit("200.00")], opened));
            Assert.Equal(("finance.stale_revision", 409), (second.FirstError.Code, ProblemResults.From(second).StatusCode));
            var kept = (await scope.ServiceProvider.GetRequiredService<IFinalAccountsStore>().FindAsync(id))!;
            Assert.Equal((100.00m, opened + 1), (kept.Accounts.FunctionalLines[0].Basic, kept.Revision));
            await scope.ServiceProvider.GetRequiredService<IFinalAccountsStore>().RemoveAsync(id);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFinalAccountsStoreTests(SqliteApp app) : FinalAccountsStoreContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresFinalAccountsStoreTests(PostgresApp app) : FinalAccountsStoreContract(app);
