using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Audit;

namespace Xinfang.IntegrationTests;

/// <summary>Database contexts are pooled: a context that served one scope must audit the next scope's changes
/// under the next scope's actor, and start with none of the last save's state.</summary>
public abstract class ContextPoolContract(XinfangApp app)
{
    [Fact]
    public async Task A_context_reused_from_the_pool_audits_each_scope_as_its_own_actor()
    {
        // A host of its own on the same database, so that its pool holds only the contexts this test rents.
        await using var services = new ServiceCollection()
            .AddXinfangCore(new ConfigurationBuilder().AddInMemoryCollection(app.Settings).Build())
            .BuildServiceProvider();
        var first = Actor.System with { UserId = 9001, UserName = "pool-first" };
        var second = Actor.System with { UserId = 9002, UserName = "pool-second" };
        var suffix = Guid.NewGuid().ToString("N")[..8];

        var (context, firstCategory) = await AddCategoryAsync(services, first, $"P1{suffix}");
        var (reused, secondCategory) = await AddCategoryAsync(services, second, $"P2{suffix}");

        Assert.Same(context, reused);
        await using var scope = services.CreateAsyncScope();
        var lines = await scope.ServiceProvider.GetRequiredService<XinfangDbContext>().AuditEntries
            .Where(a => a.EntityType == nameof(Category) && (a.EntityId == firstCategory.ToString() || a.EntityId == secondCategory.ToString()))
            .ToListAsync();
        Assert.Equal("pool-first", Assert.Single(lines, l => l.EntityId == firstCategory.ToString()).UserName);
        Assert.Equal("pool-second", Assert.Single(lines, l => l.EntityId == secondCategory.ToString()).UserName);
    }

    private static async Task<(XinfangDbContext Context, int CategoryId)> AddCategoryAsync(IServiceProvider services, Actor actor, string code)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<XinfangDbContext>();
        scope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = actor;
        var category = new Category(code, $"连接池测试{code}");
        db.Categories.Add(category);
        await db.SaveChangesAsync();
        return (db, category.Id);
    }
}
