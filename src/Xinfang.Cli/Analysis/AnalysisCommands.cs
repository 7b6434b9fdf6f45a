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
        analysis.Subcommands.Add(Hot());
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

    /// <summary><c>xinfang analysis hot --file hot.csv --year 2019 [--top 20] [--json]</c>: the warning rule on a file of
    /// messages (CSV with subject, detail, time; likes when present), no database needed.</summary>
    private static Command Hot()
    {
        var file = new Option<FileInfo>("--file") { Description = "留言 CSV（表头含 subject、detail、time，可含 likes），可为 .gz", Required = true };
        var year = new Option<int>("--year") { Description = "分析的年份", Required = true };
        var top = new Option<int>("--top") { Description = "列出的热点数（默认 20）", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var command = new Command("hot", "按预警规则找出一年中高于自身常态的热点话题（词、周次、留言数、点赞数、示例）") { file, year, top, json };
        command.SetAction(parse =>
        {
            var errors = parse.InvocationConfiguration.Error;
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                errors.WriteLine($"--file：找不到文件“{path.FullName}”。");
                return 2;
            }

            if (parse.GetValue(year) is < 2000 or > 2099)
            {
                errors.WriteLine("--year：年份须在 2000 至 2099 之间。");
                return 2;
            }

            List<Xinfang.Core.Search.Features.PublicMessage> messages;
            try
            {
                messages = Xinfang.Core.Search.Features.PublicMessage.Read(path.FullName);
            }
            catch (InvalidDataException e)
            {
                errors.WriteLine($"--file：{e.Message}");
                return 2;
            }

            var topics = HotTopics.Find(messages, parse.GetValue(year), Math.Clamp(parse.GetValue(top), 1, 200));
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(topics, Json));
                return 0;
            }

            output.WriteLine($"{parse.GetValue(year)}年热点（{messages.Count} 条留言；每个词的日留言数对照其自身常态，七日窗口逐周计算）");
            foreach (var t in topics)
            {
                output.WriteLine($"{t.Word}\t{t.From:MM-dd}～{t.To:MM-dd}\t留言 {t.Messages}（常态约 {t.Expected}）\t偏离 {t.Score:0.0}σ\t点赞 {t.Likes}\t例：{string.Join("；", t.Examples)}");
            }

            return 0;
        });
        return command;
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
