using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Xinfang.Core;
using Xinfang.Core.Data;
using Xinfang.Core.Demo;

namespace Xinfang.Cli;

internal static class DemoCommands
{
    public static Command Create(CliContext context)
    {
        var cases = new Option<int>("--cases") { Description = "生成的信访事项件数", DefaultValueFactory = _ => 8000 };
        var seed = new Option<int>("--seed") { Description = "随机种子（相同种子生成相同数据）", DefaultValueFactory = _ => 2026 };
        var texts = new Option<FileInfo?>("--texts") { Description = "从真实留言 CSV（表头含 subject,detail，可为 .gz）抽取主题与内容，代替演示模板（检索与重复件基准用）" };
        var generate = new Command("generate", "生成一年的演示信访事项（含演示区划与账号），带进度条") { cases, seed, texts };
        generate.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(cases);
            if (count is < 1 or > 20_000_000)
            {
                AnsiConsole.MarkupLine("[red]--cases 须在 1 至 20000000 之间。[/]");
                return 2;
            }

            List<(string Subject, string Content)>? realTexts = null;
            if (parse.GetValue(texts) is { } file)
            {
                try
                {
                    realTexts = DemoTextFile.Read(file.FullName);
                }
                catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    AnsiConsole.MarkupLine($"[red]--texts {Markup.Escape(file.FullName)} 无法读取：{Markup.Escape(e.Message)}[/]");
                    return 2;
                }
            }

            await using var services = context.Services(new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<XinfangDbContext>();
            await db.Database.MigrateAsync(ct);
            if (await DemoDistrictSeeder.SeedAsync(db, services.GetRequiredService<DemoSettings>().Password, ct))
            {
                AnsiConsole.MarkupLine("演示区划、单位与账号已创建。");
            }

            var generator = scope.ServiceProvider.GetRequiredService<DemoCaseGenerator>();
            var started = DateTime.UtcNow;
            await ProgressBar.RunAsync(parse.InvocationConfiguration.Error, "生成演示信访事项", count,
                progress => generator.GenerateAsync(count, parse.GetValue(seed), progress, realTexts, ct));
            var seconds = (DateTime.UtcNow - started).TotalSeconds;
            AnsiConsole.MarkupLine($"[green]已生成 {count} 件[/]，用时 {seconds:0.0} 秒（{count / seconds:0} 件/秒）。");
            return 0;
        });

        var demo = new Command("demo", "演示数据");
        demo.Subcommands.Add(generate);
        return demo;
    }
}
