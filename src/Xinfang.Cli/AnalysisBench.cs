using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Xinfang.Core.Analysis;
using Xinfang.Core.Analysis.Briefing;
using Xinfang.Core.Analysis.Features;
using Xinfang.Core.Analysis.Warnings;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Documents.Analysis;

namespace Xinfang.Cli;

/// <summary><c>xinfang bench analysis [--samples 10] [--json]</c>: in the configured database, the year up to its newest
/// case — every slice (each dimension alone and by channel) for the district and for a township, a drill-down page,
/// the day's warning computation and a monthly briefing rendered to PDF — with p50/p95 per kind.</summary>
internal static class AnalysisBench
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(CliContext context)
    {
        var samples = new Option<int>("--samples") { Description = "每项重复次数", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var command = new Command("analysis", "数据分析计时：切片（全区、乡镇）、下钻、当日预警计算、月度形势分析（PDF）") { samples, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = context.Services();
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = Actor.CommandLine;
            await DbCommands.MigrateAsync(scope.ServiceProvider, ct);
            var db = scope.ServiceProvider.GetRequiredService<XinfangDbContext>();
            var cases = await db.Set<Case>().CountAsync(ct);
            var newest = await db.Set<Case>().MaxAsync(c => (DateTimeOffset?)c.ReceivedAt, ct);
            if (newest is null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("数据库中没有信访事项：先运行 xinfang demo generate --cases N。");
                return 2;
            }

            var to = ChinaTime.DateOf(newest.Value);
            var year = AnalysisFilter.Of(to.AddYears(-1).AddDays(1), to);
            var renhe = await db.Set<Xinfang.Core.Organisation.Region>().Where(r => r.Name == "仁和镇").Select(r => r.Id).FirstAsync(ct);
            var renheUnit = await db.Set<Xinfang.Core.Organisation.Unit>().Where(u => u.Name == "仁和镇人民政府").Select(u => u.Id).FirstAsync(ct);
            var district = Actor.CommandLine;
            var township = new Actor(0, "bench-township", new HashSet<string> { Roles.Handler }, renheUnit, new DataScope(DataScopeKind.Township, renhe, renheUnit));
            var n = Math.Max(1, parse.GetValue(samples));
            var timings = new Dictionary<string, List<double>>();

            async Task Time(string kind, Func<IServiceProvider, Task> work)
            {
                await using var s = services.CreateAsyncScope();
                s.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = Actor.CommandLine;
                var watch = Stopwatch.StartNew();
                await work(s.ServiceProvider);
                (timings.TryGetValue(kind, out var list) ? list : timings[kind] = []).Add(watch.Elapsed.TotalMilliseconds);
            }

            var dimensions = new[] { AnalysisDimension.Township, AnalysisDimension.Category, AnalysisDimension.Channel, AnalysisDimension.Unit, AnalysisDimension.Month,
                AnalysisDimension.Form, AnalysisDimension.Collective };
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("分析计时", maxValue: n * (dimensions.Length * 4 + 2) + 6);
                foreach (var (who, actor) in new[] { ("全区", district), ("乡镇", township) })
                {
                    foreach (var rows in dimensions)
                    {
                        foreach (var columns in new AnalysisDimension?[] { null, rows == AnalysisDimension.Channel ? AnalysisDimension.Form : AnalysisDimension.Channel })
                        {
                            await Time($"warm {who}", sp => sp.GetRequiredService<SliceCases>().HandleAsync(new SliceQuery(year, rows, columns), actor, ct));
                            for (var i = 0; i < n; i++)
                            {
                                await Time($"切片（{who}，一年）", sp => sp.GetRequiredService<SliceCases>().HandleAsync(new SliceQuery(year, rows, columns), actor, ct));
                                task.Increment(1);
                            }
                        }
                    }

                    for (var i = 0; i < n; i++)
                    {
                        await Time($"下钻首页（{who}）", sp => sp.GetRequiredService<DrillDownCases>().HandleAsync(year.With(AnalysisDimension.Township, renhe), 1, 20, actor, ct));
                        task.Increment(1);
                    }
                }

                for (var i = 0; i < 3; i++)
                {
                    await Time("当日预警计算", sp => sp.GetRequiredService<ComputeWarnings>().HandleAsync(to, ct: ct));
                    task.Increment(1);
                }

                var month = BriefingPeriod.Month(to).Previous;
                for (var i = 0; i < 3; i++)
                {
                    await Time("月度形势分析（含PDF）", async sp =>
                    {
                        var briefing = await sp.GetRequiredService<BuildBriefing>().HandleAsync(month, null, district, ct);
                        BriefingRenderer.Bytes(briefing.Value, BriefingFormat.Pdf);
                    });
                    task.Increment(1);
                }
            });

            // The export of a month's cases into a workbook, in this process alone: time and the managed heap's peak growth.
            var monthFilter = AnalysisFilter.Of(BriefingPeriod.Month(to).Previous.From, BriefingPeriod.Month(to).Previous.To);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            var peak = baseline;
            using var stop = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(false));
                    await Task.Delay(5, CancellationToken.None);
                }
            }, CancellationToken.None);
            var exported = 0;
            await Time("导出一个月的事项（Excel）", async sp =>
            {
                var export = await sp.GetRequiredService<ExportCases>().ForAnalysisAsync(monthFilter, district, ct);
                exported = export.Value.Count;
                var path = Path.GetTempFileName();
                try
                {
                    await Task.Run(() =>
                    {
                        using var file = File.Create(path);
                        AnalysisWorkbookWriter.WriteCases(export.Value, file);
                    }, ct);
                }
                finally
                {
                    File.Delete(path);
                }
            });
            await stop.CancelAsync();
            await sampler;
            var heapGrowthMb = (peak - baseline) / 1024 / 1024;

            var figures = timings.Where(t => !t.Key.StartsWith("warm", StringComparison.Ordinal))
                .Select(t => new { kind = t.Key, samples = t.Value.Count, p50Ms = Math.Round(Percentile.Of(t.Value, 50), 1), p95Ms = Math.Round(Percentile.Of(t.Value, 95), 1), maxMs = Math.Round(t.Value.Max(), 1) })
                .ToList();
            if (parse.GetValue(json))
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(JsonSerializer.Serialize(new { cases, to, figures, exported, heapGrowthMb }, Json));
                return 0;
            }

            var table = new Table().AddColumns("项目", "次数", "p50", "p95", "最长");
            foreach (var f in figures)
            {
                table.AddRow(f.kind, $"{f.samples}", $"{f.p50Ms:0.0} ms", $"{f.p95Ms:0.0} ms", $"{f.maxMs:0.0} ms");
            }

            AnsiConsole.MarkupLine($"库中 {cases:N0} 件；统计期间 {year.From:yyyy-MM-dd} 至 {year.To:yyyy-MM-dd}");
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"导出 {exported:N0} 件：托管堆峰值增长 {heapGrowthMb} MB（逐行写出，不随件数增长）");
            return 0;
        });
        return command;
    }

}
