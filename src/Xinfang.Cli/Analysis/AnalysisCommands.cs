using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Analysis.Warnings;
using Xinfang.Core.Identity;

namespace Xinfang.Cli.Analysis;

/// <summary><c>xinfang analysis warnings --from D --to D [--compute] [--json]</c>: the early warnings whose window meets the
/// period, through the web's use cases; <c>--compute</c> first computes every day of the period (idempotent).</summary>
internal static class AnalysisCommands
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create(CliContext context)
    {
        var analysis = new Command("analysis", "数据分析：预警、热点");
        analysis.Subcommands.Add(Warnings(context));
        return analysis;
    }

    internal static bool TryDate(string? text, string option, TextWriter errors, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        errors.WriteLine($"{option}：无法识别的日期“{text}”（应为 yyyy-MM-dd）。");
        return false;
    }

    private static Command Warnings(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "开始日期 yyyy-MM-dd（含）", Required = true };
        var to = new Option<string>("--to") { Description = "结束日期 yyyy-MM-dd（含）", Required = true };
        var compute = new Option<bool>("--compute") { Description = "先逐日计算期间内的预警（重复计算不会重复预警）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var command = new Command("warnings", "预警：数量异常上升、苗头性群体事项、重复与越级信访激增") { from, to, compute, json };
        command.SetAction(async (parse, ct) =>
        {
            var errors = parse.InvocationConfiguration.Error;
            var output = parse.InvocationConfiguration.Output;
            if (!TryDate(parse.GetValue(from), "--from", errors, out var start) || !TryDate(parse.GetValue(to), "--to", errors, out var end))
            {
                return 2;
            }

            if (end < start || end.DayNumber - start.DayNumber > 3660)
            {
                errors.WriteLine("--to：结束日期不能早于开始日期，期间不能超过十年。");
                return 2;
            }

            await using var services = context.Services();
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = Actor.CommandLine;
            await DbCommands.MigrateAsync(scope.ServiceProvider, ct);
            if (parse.GetValue(compute))
            {
                var days = end.DayNumber - start.DayNumber + 1;
                var raised = 0;
                await ProgressBar.RunAsync(errors, "逐日计算预警", days, async bar =>
                {
                    for (var i = 0; i < days; i++)
                    {
                        await using var dayScope = services.CreateAsyncScope();
                        dayScope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = Actor.CommandLine;
                        raised += (await dayScope.ServiceProvider.GetRequiredService<ComputeWarnings>().HandleAsync(start.AddDays(i), ct: ct)).Raised;
                        bar.Report(i + 1);
                    }
                });
                errors.WriteLine($"计算了 {days} 天，新发预警 {raised} 条。");
            }

            var result = await scope.ServiceProvider.GetRequiredService<WarningQueries>().ListAsync(new WarningListQuery(start, end), Actor.CommandLine, ct);
            if (!result.IsSuccess)
            {
                errors.WriteLine(result.FirstError.Message);
                return 2;
            }

            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(result.Value, Json));
                return 0;
            }

            output.WriteLine($"{start:yyyy-MM-dd} 至 {end:yyyy-MM-dd}：预警 {result.Value.Count} 条");
            foreach (var w in result.Value)
            {
                output.WriteLine($"[{w.KindName}] {w.SubjectName} {w.WindowFrom:MM-dd}～{w.WindowTo:MM-dd} {w.StatusName}，关联 {w.CaseCount} 件：{w.Summary}");
            }

            return 0;
        });
        return command;
    }
}
