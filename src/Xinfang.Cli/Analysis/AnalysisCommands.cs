using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Analysis.Briefing;
using Xinfang.Core.Analysis.Warnings;
using Xinfang.Documents.Analysis;
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
        analysis.Subcommands.Add(Briefing(context));
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

    /// <summary><c>xinfang analysis briefing --period 2026-11 --format docx|pdf --out F [--note TEXT]</c>: the leaders'
    /// briefing through the web's use case, from the configured database.</summary>
    private static Command Briefing(CliContext context)
    {
        var period = new Option<string>("--period") { Description = "期间：2026-11（月报）、2026-Q4（季报）、2026-W47（周报）", Required = true };
        var format = new Option<string>("--format") { Description = "docx 或 pdf（默认按 --out 的扩展名）" };
        var output = new Option<FileInfo>("--out") { Description = "输出文件", Required = true };
        var note = new Option<string?>("--note") { Description = "编者按（局里的意见，插在正文之前）" };
        var command = new Command("briefing", "生成信访形势分析（周报、月报、季报）：Word 或 PDF") { period, format, output, note };
        command.SetAction(async (parse, ct) =>
        {
            var errors = parse.InvocationConfiguration.Error;
            var parsed = BriefingPeriod.Parse(parse.GetValue(period));
            if (!parsed.IsSuccess)
            {
                errors.WriteLine($"--period：{parsed.FirstError.Message}");
                return 2;
            }

            var file = parse.GetValue(output)!;
            var formatText = parse.GetValue(format) ?? file.Extension;
            if (!BriefingRenderer.TryParse(formatText, out var kind))
            {
                errors.WriteLine($"--format：未知的格式“{formatText}”，可选：docx、pdf。");
                return 2;
            }

            await using var services = context.Services();
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = Actor.CommandLine;
            await DbCommands.MigrateAsync(scope.ServiceProvider, ct);
            var timer = System.Diagnostics.Stopwatch.StartNew();
            var briefing = await scope.ServiceProvider.GetRequiredService<BuildBriefing>().HandleAsync(parsed.Value, parse.GetValue(note), Actor.CommandLine, ct);
            if (!briefing.IsSuccess)
            {
                errors.WriteLine($"--{briefing.FirstError.Field ?? "period"}：{briefing.FirstError.Message}");
                return 2;
            }

            await using (var stream = file.Create())
            {
                BriefingRenderer.Write(briefing.Value, kind, stream);
            }

            var f = briefing.Value.Figures;
            parse.InvocationConfiguration.Output.WriteLine($"已生成《{briefing.Value.Title}》：{file.FullName}（{file.Length / 1024} KB，用时 {timer.Elapsed.TotalSeconds:0.00} 秒）。"
                + $"本期 {f.Cases} 件，上期 {f.Previous} 件，去年同期 {f.LastYear} 件，预警 {f.Warnings} 条。");
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
