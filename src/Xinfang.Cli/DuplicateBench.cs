using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Xinfang.Core;
using Xinfang.Core.Data;
using Xinfang.Core.Demo;
using Xinfang.Core.Identity;
using Xinfang.Core.Search.Features;

namespace Xinfang.Cli;

/// <summary><c>xinfang bench duplicates --file hot.csv --labelled labelled.csv</c>: precision and recall of duplicate
/// detection on pairs built from real messages, registered into the configured database (a fresh one for the figures;
/// a large one for the time per new case), with a progress bar; <c>--json</c> prints the figures as JSON.</summary>
internal static class DuplicateBench
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(CliContext context)
    {
        var file = new Option<FileInfo>("--file") { Description = "留言 CSV（表头含 subject,detail，可含 user,time；可为 .gz），如 hot.csv", Required = true };
        var labelled = new Option<FileInfo>("--labelled") { Description = "带类别的留言 CSV（subject,detail,label），用于“同一地方、不同事项”的反例", Required = true };
        var sample = new Option<int>("--sample") { Description = "构造的复述对与反例对各多少", DefaultValueFactory = _ => 300 };
        var seed = new Option<int>("--seed") { Description = "随机种子", DefaultValueFactory = _ => 42 };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var command = new Command("duplicates", "重复件识别的查准率与查全率（真实留言构造的事项对），及库中每件新事项的查重耗时") { file, labelled, sample, seed, json };
        command.SetAction(async (parse, ct) =>
        {
            List<PublicMessage> messages, negatives;
            try
            {
                messages = PublicMessage.Read(parse.GetValue(file)!.FullName);
                negatives = PublicMessage.Read(parse.GetValue(labelled)!.FullName);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"无法读取留言文件：{e.Message}");
                return 2;
            }

            await using var services = context.Services(new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = Actor.CommandLine;
            await DbCommands.MigrateAsync(scope.ServiceProvider, ct);
            await DemoDistrictSeeder.SeedAsync(scope.ServiceProvider.GetRequiredService<XinfangDbContext>(), services.GetRequiredService<DemoSettings>().Password, ct);
            var evaluation = scope.ServiceProvider.GetRequiredService<EvaluateDuplicates>();
            DuplicateEvaluationResult result = null!;
            await ProgressBar.RunAsync(parse.InvocationConfiguration.Error, "登记留言并查重", 1000, async bar =>
                result = await evaluation.RunAsync(messages, negatives, parse.GetValue(sample), parse.GetValue(seed),
                    ProgressBar.Map<(int Done, int Total)>(bar, p => p.Total == 0 ? 1000 : p.Done * 1000 / p.Total), ct));
            if (parse.GetValue(json))
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(JsonSerializer.Serialize(result, Json));
                return 0;
            }

            var table = new Table().AddColumns("事项对", "应为同一事项", "对数", "识别为重复", "其中按内容相似");
            foreach (var k in result.Kinds)
            {
                table.AddRow(k.Description, k.SameMatter ? "是" : "否", k.Pairs.ToString(), k.Linked.ToString(), k.LinkedByText.ToString());
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"查准率 {result.Precision:P1}，查全率 {result.Recall:P1}，F1 {result.F1:0.000}（TP {result.TruePositives}，FN {result.FalseNegatives}，FP {result.FalsePositives}，TN {result.TrueNegatives}）");
            AnsiConsole.MarkupLine($"库中 {result.CasesInDatabase:N0} 件时，每件新事项查重 p50 {result.LookupP50Ms} ms，p95 {result.LookupP95Ms} ms（{result.LookupSamples} 件）");
            return 0;
        });
        return command;
    }
}
