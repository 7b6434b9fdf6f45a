using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Intake;
using Xinfang.Core.Intake.Features;
using Xinfang.Documents.Intake;

namespace Xinfang.Cli;

/// <summary><c>xinfang intake import FILE --channel CHANNEL [--mapping NAME] [--report FILE.csv]</c>: a channel's export
/// registered row by row through the same use case as the web upload, with a progress bar and a summary.</summary>
internal static class IntakeCommands
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "渠道导出的 .csv 或 .xlsx 文件" };
        var channel = new Option<string>("--channel")
        {
            Description = $"来源渠道：{string.Join("、", Enum.GetValues<Channel>().Select(KebabCase.Of))}", Required = true,
        };
        var mapping = new Option<string?>("--mapping") { Description = "列对照名称（默认与渠道同名，见 系统管理 → 对接系统）" };
        var report = new Option<FileInfo?>("--report") { Description = "把逐行结果写入此 CSV 文件" };
        var import = new Command("import", "导入渠道文件：逐行登记（按渠道事项编号幂等），坏行报告并跳过") { file, channel, mapping, report };
        import.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var errors = parse.InvocationConfiguration.Error;
            if (!KebabCase.TryParse<Channel>(parse.GetValue(channel)!, out var parsedChannel))
            {
                errors.WriteLine($"--channel：未知的渠道“{parse.GetValue(channel)}”，可选：{string.Join("、", Enum.GetValues<Channel>().Select(KebabCase.Of))}。");
                return 2;
            }

            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                errors.WriteLine($"FILE：文件不存在：{path.FullName}");
                return 2;
            }

            await using var stream = path.OpenRead();
            var opened = IntakeFileReader.Open(path.Name, stream);
            if (!opened.IsSuccess)
            {
                errors.WriteLine($"FILE：{opened.FirstError.Message}");
                return 2;
            }

            await using var services = context.Services();
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = Actor.CommandLine;
            await DbCommands.MigrateAsync(scope.ServiceProvider, ct);
            var handler = scope.ServiceProvider.GetRequiredService<ImportIntakeFile>();
            var started = DateTime.UtcNow;
            Result<IntakeFileReport> result = default!;
            // The bar follows the bytes read: the file's rows are not counted before they are imported.
            await ProgressBar.RunAsync(errors, $"导入 {path.Name}", stream.Length, async progress =>
                result = await handler.HandleAsync(opened.Value.Headings, opened.Value.Rows, parsedChannel, parse.GetValue(mapping), Actor.CommandLine,
                    progress, ct), _ => stream.Position);
            if (!result.IsSuccess)
            {
                foreach (var error in result.Errors)
                {
                    errors.WriteLine($"{(error.Field is { Length: > 0 } f ? f + "：" : "")}{error.Message}");
                }

                return 2;
            }

            var value = result.Value;
            var seconds = Math.Max(0.001, (DateTime.UtcNow - started).TotalSeconds);
            output.WriteLine($"列对照 {value.Mapping}：{value.Rows} 行，新登记 {value.Created}，重复 {value.Duplicates}，未导入 {value.Rejected}；"
                + $"待补录 {value.Results.Count(r => r.ToComplete)}；用时 {seconds:0.0} 秒（{value.Rows / seconds:0} 行/秒），"
                + $"峰值内存 {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB。");
            if (value.Unmatched.Count > 0)
            {
                output.WriteLine($"文件中没有这些字段的列：{string.Join("、", value.Unmatched.Select(IntakeFields.Chinese))}");
            }

            foreach (var row in value.Results.Where(r => r.Status == IntakeResult.Rejected).Take(50))
            {
                output.WriteLine($"  第{row.Line}行 {row.ExternalId}：{string.Join(" ", row.Errors.Select(e => e.Message))}");
            }

            if (parse.GetValue(report) is { } reportFile)
            {
                await File.WriteAllTextAsync(reportFile.FullName, ReportCsv(value), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), ct);
                output.WriteLine($"逐行结果：{reportFile.FullName}");
            }

            return 0;
        });

        var intake = new Command("intake", "渠道对接");
        intake.Subcommands.Add(import);
        return intake;
    }

    private static string ReportCsv(IntakeFileReport report)
    {
        var text = new StringBuilder("行号,渠道事项编号,结果,事项编号,问题\r\n");
        foreach (var row in report.Results)
        {
            text.Append(CultureInfo.InvariantCulture, $"{row.Line},{Quote(row.ExternalId)},{row.Status},{row.CaseNumber},{Quote(string.Join(" ", row.Errors.Select(e => e.Message)))}\r\n");
        }

        return text.ToString();
    }

    /// <summary>Quoted for CSV; a value Excel would run as a formula (= + - @) is prefixed with an apostrophe.</summary>
    private static string Quote(string? value) => value is null
        ? ""
        : $"\"{(value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value).Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
