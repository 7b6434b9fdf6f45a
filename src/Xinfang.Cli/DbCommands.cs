using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Xinfang.Core.Calendar;
using Xinfang.Core.Data;

namespace Xinfang.Cli;

internal static class DbCommands
{
    public static Command Create(CliContext context)
    {
        var migrate = new Command("migrate", "把数据库升级到最新结构并补齐节假日安排与期限设置（按 Database__Provider 与 ConnectionStrings__Xinfang）");
        migrate.SetAction(async (_, ct) =>
        {
            await using var services = context.Services();
            await using var scope = services.CreateAsyncScope();
            await MigrateAsync(scope.ServiceProvider, ct);
            var settings = services.GetRequiredService<DatabaseSettings>();
            AnsiConsole.MarkupLine($"[green]数据库已是最新结构[/]（{settings.Provider}）");
            return 0;
        });
        var db = new Command("db", "数据库维护");
        db.Subcommands.Add(migrate);
        return db;
    }

    /// <summary>The latest schema, and the holiday calendar and deadline settings the database lacks (built-in
    /// years, Deadlines section). Every command that writes to the database starts with this.</summary>
    public static async Task<XinfangDbContext> MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<XinfangDbContext>();
        await db.Database.MigrateAsync(ct);
        await services.GetRequiredService<DeadlinePolicyProvider>().SeedAsync(db, services.GetRequiredService<TimeProvider>(), ct);
        return db;
    }
}
