using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Common;
using Xinfang.Core.Hotline.Features;
using Xinfang.Core.Identity;
using Xinfang.Documents.Hotline;

namespace Xinfang.Cli.Hotline;

/// <summary><c>xinfang hotline import FILE</c> (the exchange's Master.csv, with a progress bar and a per-row report) and
/// <c>xinfang hotline figures --from D --to D [--by seat|agent|hour|day|shift] [--json]</c>, through the web's use cases.</summary>
internal static class HotlineCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static Command Create(CliContext context)
    {
        var hotline = new Command("hotline", "96097 热线：话单导入与运行指标");
        hotline.Subcommands.Add(Import(context));
        hotline.Subcommands.Add(Figures(context));
        return hotline;
    }

    private static Command Import(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "交换机导出的话单 Master.csv（Asterisk cdr-csv）" };
        var command = new Command("import", "导入话单：按 uniqueid 去重，坏行报告并跳过，分批写入（每批全部或全不）") { file };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var errors = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                errors.WriteLine($"FILE：文件不存在：{path.FullName}");
                return 2;
            }

            await using var services = context.Services();
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = Actor.CommandLine;
            await DbCommands.MigrateAsync(scope.ServiceProvider, ct);
            var handler = scope.ServiceProvider.GetRequiredService<ImportCallRecords>();
            await using var stream = path.OpenRead();
            var started = DateTime.UtcNow;
            Result<CallImportReport> result = default!;
            await ProgressBar.RunAsync(errors, $"导入 {path.Name}", stream.Length, async progress =>
                result = await handler.HandleAsync(CdrFileReader.Read(stream), Actor.CommandLine, progress, ct), _ => stream.Position);
            if (!result.IsSuccess)
            {
                errors.WriteLine(result.FirstError.Message);
                return 2;
            }

            var r = result.Value;
            var seconds = Math.Max(0.001, (DateTime.UtcNow - started).TotalSeconds);
            output.WriteLine($"{r.Lines} 行：新增 {r.Created}，以话单核定 {r.Settled}，重复 {r.Duplicates}，跳过 {r.Skipped}，有误 {r.Rejected}；"
                + $"用时 {seconds:0.0} 秒（{r.Lines / seconds:0} 行/秒），峰值内存 {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB。");

            // The figures' hourly sums of the imported period, so that figures read at once afterwards.
            var summed = DateTime.UtcNow;
            var hours = 0;
            await ProgressBar.RunAsync(errors, "汇总运行指标（按小时）", 1000, async bar =>
                hours = await handler.SummariseAsync(r, ProgressBar.Map<(int Done, int Total)>(bar, p => p.Total == 0 ? 1000 : p.Done * 1000 / p.Total), ct));
            output.WriteLine($"汇总 {hours} 个小时的运行指标，用时 {(DateTime.UtcNow - summed).TotalSeconds:0.0} 秒；"
                + $"合计 {(DateTime.UtcNow - started).TotalSeconds:0.0} 秒（{r.Lines / Math.Max(0.001, (DateTime.UtcNow - started).TotalSeconds):0} 行/秒）。");
            foreach (var problem in r.Problems.Take(50))
            {
                output.WriteLine($"  第{problem.Line}行 {problem.UniqueId} {problem.Column}：{problem.Message}");
            }

            return 0;
        });
        return command;
    }

    private static Command Figures(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "开始日期 yyyy-MM-dd（含）", Required = true };
        var to = new Option<string>("--to") { Description = "结束日期 yyyy-MM-dd（含）", Required = true };
        var by = new Option<string?>("--by") { Description = "分组：seat、agent、hour、day、shift（默认合计）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出（比率为百分数，时长为秒）" };
        var command = new Command("figures", "热线运行指标：呼入、接通、放弃、接通率、服务水平、等待与通话时长、一次办结率、重复来电率、满意率")
        {
            from, to, by, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var errors = parse.InvocationConfiguration.Error;
            if (!DateOnly.TryParseExact(parse.GetValue(from), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            {
                errors.WriteLine($"--from：无法识别的日期“{parse.GetValue(from)}”（应为 yyyy-MM-dd）。");
                return 2;
            }

            if (!DateOnly.TryParseExact(parse.GetValue(to), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            {
                errors.WriteLine($"--to：无法识别的日期“{parse.GetValue(to)}”（应为 yyyy-MM-dd）。");
                return 2;
            }

            await using var services = context.Services();
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = Actor.CommandLine;
            await DbCommands.MigrateAsync(scope.ServiceProvider, ct);
            var timer = System.Diagnostics.Stopwatch.StartNew();
            var result = await scope.ServiceProvider.GetRequiredService<HotlineFigureQueries>().HandleAsync(start, end, parse.GetValue(by), Actor.CommandLine, ct);
            if (!result.IsSuccess)
            {
                errors.WriteLine($"--{result.FirstError.Field ?? "by"}：{result.FirstError.Message}");
                return 2;
            }

            errors.WriteLine($"查询用时 {timer.Elapsed.TotalSeconds:0.000} 秒（含进程内首次查询的编译）。");

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(result.Value, Json));
                return 0;
            }

            output.WriteLine($"{start:yyyy-MM-dd} 至 {end:yyyy-MM-dd}");
            output.WriteLine("分组\t呼入\t接通\t放弃\t未接入\t接通率\t15秒服务水平\t平均等待\tp90等待\t平均通话\t一次办结率\t满意率");
            foreach (var row in result.Value.Rows)
            {
                output.WriteLine(string.Join('\t', row.Key, row.Offered, row.Answered, row.Abandoned, row.BusyOrFailed, Percent(row.AnswerRate),
                    Percent(row.ServiceLevel15), row.AverageWait, row.P90Wait, row.AverageTalk, Percent(row.FirstContactRate), Percent(row.SatisfactionRate)));
            }

            return 0;
        });
        return command;
    }

    private static string Percent(decimal? value) => value is { } v ? $"{v:0.##}%" : "—";
}
