using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Performance.Features;
using Xinfang.Core.Performance.Rules;
using Xinfang.Documents.Performance;

namespace Xinfang.Cli.Performance;

/// <summary>The `performance` command group: evaluate (score the self-evaluation tables by a rule profile, print or
/// write them) and profiles (list the built-in rule profiles or export one as JSON).</summary>
internal static class PerformanceCommands
{
    public static Command Create(CliContext context)
    {
        var performance = new Command("performance", "预算绩效管理：按评分规则核算项目支出绩效自评表");
        performance.Subcommands.Add(Evaluate(context));
        performance.Subcommands.Add(Profiles());
        return performance;
    }

    private static Command Evaluate(CliContext context)
    {
        var sample = new Option<string?>("--sample") { Description = "内置示例数据名称，如 renhe-2022（按原样，不读数据库）" };
        var yearId = new Option<string?>("--year") { Description = "数据库中保存的部门年度编号（未修改过的内置示例也可）" };
        var profile = new Option<string?>("--profile") { Description = $"评分规则：内置名称（{string.Join("、", RuleProfiles.All.Keys)}）或 .json 规则文件；默认 {RuleProfiles.DefaultName}" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出（每个项目、每项指标的填报分、规则分、等级和问题）" };
        var all = new Option<bool>("--all") { Description = "文字输出中也列出“提示”级别的问题" };
        var format = new Option<string?>("--format") { Description = "写出自评表：docx 或 xlsx（须同时给出 --out）" };
        var output = new Option<string?>("--out") { Description = "输出文件路径" };
        var command = new Command("evaluate", "核算每个项目的规则得分和等级，解释与填报得分的每一处差异") { sample, yearId, profile, json, all, format, output };
        command.SetAction(async (parse, ct) =>
        {
            var rules = PerformanceInput.Profile(parse.GetValue(profile));
            if (!rules.IsSuccess)
            {
                return PerformanceInput.PrintErrors(rules);
            }

            // The same use case as the web's 绩效自评 page: bound indicators measured from the cases, then scored.
            await using var services = context.Services();
            await using var scope = services.CreateAsyncScope();
            var evaluate = scope.ServiceProvider.GetRequiredService<EvaluateStoredYear>();
            StoredEvaluation evaluation;
            if (parse.GetValue(yearId) is { } id)
            {
                var stored = await evaluate.HandleAsync(id, rules.Value, ct);
                if (!stored.IsSuccess)
                {
                    return PerformanceInput.PrintErrors(stored);
                }
                evaluation = stored.Value;
            }
            else
            {
                var year = PerformanceInput.Year(parse.GetValue(sample));
                if (!year.IsSuccess)
                {
                    return PerformanceInput.PrintErrors(year);
                }
                evaluation = await evaluate.EvaluateAsync(year.Value, rules.Value, ct);
            }

            foreach (var error in evaluation.MeasurementErrors)
            {
                Console.Error.WriteLine($"未能取得实时数据（按填报完成值核算）：{error.Message}");
            }
            var result = evaluation.Result;
            if (parse.GetValue(format) is { } kind)
            {
                return Write(result, kind, parse.GetValue(output));
            }
            var summary = evaluation.Summary;
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(summary, RuleProfileJson.Options));
            }
            else
            {
                EvaluationPrinter.Print(summary, parse.GetValue(all));
            }
            return 0;
        });
        return command;
    }

    private static int Write(Core.Performance.Scoring.EvaluationResult result, string kind, string? path)
    {
        if (path is null)
        {
            Console.Error.WriteLine("--out：请指定输出文件路径。");
            return 2;
        }
        if (!SelfEvaluationFormats.TryParse(kind, out var format))
        {
            Console.Error.WriteLine($"--format：不支持的格式“{kind}”，请使用 docx 或 xlsx。");
            return 2;
        }
        using (var file = File.Create(path))
        {
            SelfEvaluationExporter.Write(result, format, file);
        }
        Console.WriteLine($"已生成绩效自评表（{kind.ToLowerInvariant()}）：{path}");
        return 0;
    }

    private static Command Profiles()
    {
        var export = new Option<string?>("--export") { Description = "导出指定的内置规则为 JSON（可修改后用 --profile 文件.json 使用）" };
        var output = new Option<string?>("--out") { Description = "导出文件路径（默认打印到屏幕）" };
        var command = new Command("profiles", "列出内置评分规则，或导出为 JSON") { export, output };
        command.SetAction(parse =>
        {
            if (parse.GetValue(export) is { } name)
            {
                if (RuleProfiles.Find(name) is not { } found)
                {
                    Console.Error.WriteLine($"--export：没有名为“{name}”的评分规则；可用：{string.Join("、", RuleProfiles.All.Keys)}。");
                    return 2;
                }
                var text = RuleProfileJson.Write(found);
                if (parse.GetValue(output) is { } path)
                {
                    File.WriteAllText(path, text);
                    Console.WriteLine($"已导出：{path}");
                }
                else
                {
                    Console.WriteLine(text);
                }
                return 0;
            }
            foreach (var p in RuleProfiles.All.Values)
            {
                Console.WriteLine($"{p.Name}\t{p.Title}\t等级：{string.Join("、", p.Grades.Select(g => $"{g.Name}≥{g.MinScore:0.##}"))}");
            }
            return 0;
        });
        return command;
    }
}
