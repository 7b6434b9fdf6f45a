using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Demo;
using Xinfang.Core.Audit;

namespace Xinfang.IntegrationTests;

/// <summary>The demo generator writes whole aggregates with the bulk writer; read back through EF they must be
/// exactly what SaveChanges would have stored (encryption, enums, dates, children), on both providers.</summary>
public abstract class DemoGenerationContract(XinfangApp app)
{
    [Fact]
    public async Task Generate_WritesCasesThatReadBackWholeAndFeedTheQueues()
    {
        await using (var scope = app.Scope())
        {
            var generator = scope.ServiceProvider.GetRequiredService<DemoCaseGenerator>();
            Assert.Equal(400, await generator.GenerateAsync(400, seed: 7));
        }

        await using (var scope = app.Scope())
        {
            var db = XinfangApp.Db(scope);
            Assert.Equal(400, await db.Cases.CountAsync());
            var sample = await db.Cases.OrderBy(c => c.Number).Select(c => c.Id).Take(25).ToListAsync();
            foreach (var id in sample)
            {
                var c = (await CaseLoader.LoadAsync(db, id, TestContext.Current.CancellationToken))!;
                Assert.NotEmpty(c.Events);
                Assert.Equal("Register", c.Events.OrderBy(e => e.At).First().Action);
                Assert.Equal(c.Status, c.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Last().ToStatus);
                var person = Assert.Single(c.Petitioners);
                Assert.True(Xinfang.Core.Common.ChineseIdNumber.IsValid(person.IdNumber!), person.IdNumber);
                Assert.Equal(db.Protector.BlindIndex(person.IdNumber), person.IdNumberHash);
            }

            var statuses = await db.Cases.Select(c => c.Status).Distinct().ToListAsync();
            Assert.Contains(CaseStatus.Closed, statuses);
            Assert.Contains(CaseStatus.InProgress, statuses);
            Assert.True(await db.Cases.AnyAsync(c => c.RepliedInTime == false), "some replies should be late");
            Assert.True(await db.Cases.AnyAsync(c => c.Satisfaction == Satisfaction.Unsatisfied));
            var numbers = await db.Cases.Select(c => c.Number).ToListAsync();
            Assert.Equal(numbers.Count, numbers.Distinct().Count());
            Assert.Single(await db.AuditEntries.Where(a => a.Action == "DemoGenerate").ToListAsync());
        }

        var leader = await app.As("leader");
        var open = await leader.ListAsync("queue=in-progress&pageSize=5");
        Assert.True(open.Total > 0);
    }
}

public sealed class SqliteDemoGenerationTests(SqliteApp app) : DemoGenerationContract(app), IClassFixture<SqliteApp>;

public sealed class PostgresDemoGenerationTests(PostgresApp app) : DemoGenerationContract(app), IClassFixture<PostgresApp>;
