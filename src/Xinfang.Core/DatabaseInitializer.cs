using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Xinfang.Core.Calendar;
using Xinfang.Core.Cases;
using Xinfang.Core.Data;
using Xinfang.Core.Demo;
using Xinfang.Core.Identity;
using Xinfang.Core.Routing;
using Xinfang.Core.Routing.Features;
using Xinfang.Core.Search.Features;

namespace Xinfang.Core;

/// <summary>Brings the database to the latest migration, stores the holiday calendar and deadline settings it lacks,
/// and, in demo mode, fills an empty one.</summary>
public sealed class DatabaseInitializer(XinfangDbContext db, DatabaseSettings database, DemoSettings demo, DemoCaseGenerator generator,
    DemoHotlineSeeder hotline, IServiceScopeFactory scopes, TrainRoutingModel routing, IndexCaseTexts search, DeadlinePolicyProvider policies, TimeProvider clock, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while one writer commits.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        await policies.SeedAsync(db, clock, ct);
        await policies.ReloadAsync(ct);

        if (!demo.Enabled)
        {
            return;
        }

        if (await DemoDistrictSeeder.SeedAsync(db, demo.Password, ct))
        {
            logger.LogInformation("演示区划、单位与账号已创建。");
        }

        if (demo.Cases > 0 && !await db.Cases.AnyAsync(ct))
        {
            logger.LogInformation("正在生成 {Count} 件演示信访事项……", demo.Cases);
            var step = Math.Max(1, demo.Cases / 10);
            var progress = new Progress<int>(done =>
            {
                if (done % step < 500 || done == demo.Cases)
                {
                    logger.LogInformation("演示数据 {Done}/{Total}", done, demo.Cases);
                }
            });
            await generator.GenerateAsync(demo.Cases, seed: 2026, progress, ct: ct);
        }

        if (await DemoKnowledgeSeeder.SeedAsync(db, clock, ct))
        {
            logger.LogInformation("演示知识库条目已创建。");
        }

        if (demo.Cases > 0 && await DemoLedgerSeeder.SeedAsync(db, clock, ct))
        {
            logger.LogInformation("演示重点问题台账与领导批示已创建。");
        }

        if (demo.Cases > 0 && await hotline.SeedAsync(seed: 2026, ct))
        {
            logger.LogInformation("演示96097热线坐席、排班与一年话单已导入。");
        }

        if (demo.Cases > 0 && await search.IndexMissingAsync(progress: null, ct) is > 0 and var indexed)
        {
            logger.LogInformation("已为 {Count} 件演示事项建立全文检索。", indexed);
        }
        else if (demo.Cases == 0 && await search.CountMissingAsync(ct) is > 0 and var missing)
        {
            logger.LogWarning("有 {Count} 件信访事项尚无全文检索词（升级后或批量导入后），检索不到它们：请在服务器上运行 xinfang search reindex。", missing);
        }

        // Registration needs the deadline policy, which exists only once the database is migrated: a scope of its own.
        await using var hotspotScope = scopes.CreateAsyncScope();
        hotspotScope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = Actor.System;
        if (demo.Cases > 0 && await hotspotScope.ServiceProvider.GetRequiredService<DemoWarningSeeder>().SeedAsync(ct))
        {
            logger.LogInformation("演示热点（平地镇搅拌站噪音）已登记，近日预警已计算。");
        }

        if (demo.Cases > 0 && !await db.RoutingModels.AnyAsync(ct))
        {
            var model = await routing.HandleAsync(Actor.System, progress: null, ct);
            logger.LogInformation("类别建议模型：{Outcome}", model.IsSuccess
                ? $"以 {model.Value.Examples} 件已办结事项训练，留出集宏平均 F1 {model.Value.HeldOutMacroF1:0.000}"
                : model.FirstError.Message);
        }
    }

    /// <summary>How many matters the database holds (told to the operator at start in demo mode).</summary>
    public Task<int> CaseCountAsync(CancellationToken ct = default) => db.Cases.CountAsync(ct);
}
