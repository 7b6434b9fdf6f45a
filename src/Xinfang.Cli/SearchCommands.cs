using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Identity;
using Xinfang.Core.Search.Features;

namespace Xinfang.Cli;

/// <summary><c>xinfang search reindex</c>: gives every case without searchable words its words (cases stored before
/// search existed, or generated in bulk), with a progress bar.</summary>
internal static class SearchCommands
{
    public static Command Create(CliContext context)
    {
        var search = new Command("search", "全文检索：建立与维护索引");
        var reindex = new Command("reindex", "为尚无检索词的信访事项分词建索引（升级后或批量生成后运行一次）");
        reindex.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var errors = parse.InvocationConfiguration.Error;
            await using var services = context.Services();
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = Actor.CommandLine;
            await DbCommands.MigrateAsync(scope.ServiceProvider, ct);
            var handler = scope.ServiceProvider.GetRequiredService<IndexCaseTexts>();
            var started = DateTime.UtcNow;
            var indexed = 0;
            await ProgressBar.RunAsync(errors, "分词建索引", 1000, async bar =>
                indexed = await handler.IndexMissingAsync(ProgressBar.Map<(int Done, int Total)>(bar, p => p.Total == 0 ? 1000 : p.Done * 1000 / p.Total), ct));
            var seconds = Math.Max(0.001, (DateTime.UtcNow - started).TotalSeconds);
            output.WriteLine($"已为 {indexed} 件事项建立检索词，用时 {seconds:0.0} 秒（{indexed / seconds:0} 件/秒）。");
            return 0;
        });
        search.Subcommands.Add(reindex);
        return search;
    }
}
