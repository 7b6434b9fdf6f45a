using System.CommandLine;
using System.Diagnostics;
using Xinfang.Core.Finance.Features;
using Xinfang.Core.Finance.Report;
using Xinfang.Core.Finance.Validation;
using Xinfang.Documents;

namespace Xinfang.Cli.Finance;

/// <summary>`finance bench`: generates, checks and exports the whole report in all four formats, after a warm-up
/// run, and prints time per round and memory (peak working set, managed allocations).</summary>
internal static class FinanceBench
{
    public static Command Create()
    {
        var rounds = new Option<int>("--rounds") { Description = "计时轮数（默认10）", DefaultValueFactory = _ => 10 };
        var sample = FinanceCommands.SampleOption();
        var command = new Command("bench", "基准测试：生成四种格式的完整报告，输出耗时与内存") { rounds, sample };
        command.SetAction(parse =>
        {
            var accounts = SampleCatalog.Find(parse.GetValue(sample) ?? "renhe-2022");
            if (accounts is null)
            {
                Console.Error.WriteLine("没有该示例数据。");
                return 2;
            }
            var n = Math.Max(1, parse.GetValue(rounds));
            var cold = Stopwatch.StartNew();
            var coldBytes = RunOnce(accounts);
            cold.Stop();
            var times = new List<double>();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < n; i++)
            {
                var sw = Stopwatch.StartNew();
                RunOnce(accounts);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / n;
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            times.Sort();
            Console.WriteLine($"样本：{accounts.Id}（{accounts.DepartmentName}{accounts.FiscalYear}年度）");
            Console.WriteLine($"内容：生成报告 + 检查 + 7幅图 + docx/pdf/xlsx/html 四种格式（输出{coldBytes / 1024} KB）");
            Console.WriteLine($"首轮（冷启动，含字体加载）：{cold.Elapsed.TotalMilliseconds:0} ms");
            Console.WriteLine($"热进程 {n} 轮：平均 {times.Average():0} ms，中位数 {times[times.Count / 2]:0} ms，最慢 {times[^1]:0} ms");
            Console.WriteLine($"每轮托管内存分配：{allocated / 1024.0 / 1024.0:0.0} MB；进程峰值工作集：{process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB");
            foreach (var (stage, ms, mb) in Breakdown(accounts))
            {
                Console.WriteLine($"  其中 {stage}：{ms:0} ms，分配 {mb:0.0} MB");
            }
            Console.WriteLine($"CPU 核数：{Environment.ProcessorCount}；运行时：{Environment.Version}");
            return 0;
        });
        return command;
    }

    /// <summary>Time and managed allocation of each stage of one round.</summary>
    private static List<(string Stage, double Ms, double Mb)> Breakdown(Xinfang.Core.Finance.Model.FinalAccounts accounts)
    {
        var result = new List<(string, double, double)>();
        FinalAccountsReport report = null!;
        ReportExporter exporter = null!;
        void Measure(string stage, Action action)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var sw = Stopwatch.StartNew();
            action();
            result.Add((stage, sw.Elapsed.TotalMilliseconds, (GC.GetTotalAllocatedBytes(precise: true) - before) / 1024.0 / 1024.0));
        }
        Measure("生成报告与检查", () => { report = ReportGenerator.Generate(accounts); _ = FinalAccountsValidator.Validate(accounts, report); });
        Measure("7幅图", () => { exporter = new ReportExporter(report); _ = exporter.Charts; });
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            Measure(format.ToString().ToLowerInvariant(), () => exporter.Write(format, Stream.Null));
        }
        return result;
    }

    private static long RunOnce(Xinfang.Core.Finance.Model.FinalAccounts accounts)
    {
        var report = ReportGenerator.Generate(accounts);
        _ = FinalAccountsValidator.Validate(accounts, report);
        var exporter = new ReportExporter(report);
        long total = 0;
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            using var stream = new MemoryStream();
            exporter.Write(format, stream);
            total += stream.Length;
        }
        return total;
    }
}
