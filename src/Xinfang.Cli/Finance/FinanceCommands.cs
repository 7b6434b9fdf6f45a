using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Xinfang.Core.Finance.Features;
using Xinfang.Core.Finance.Import;
using Xinfang.Core.Finance.Report;
using Xinfang.Core.Finance.Validation;
using Xinfang.Documents;
using Xinfang.Documents.Excel;

namespace Xinfang.Cli.Finance;

/// <summary>The `finance` command group: report, check, template, export-json, bench.</summary>
internal static class FinanceCommands
{
    public static Command Create()
    {
        var finance = new Command("finance", "部门决算公开：生成报告、检查数据、导出模板");
        finance.Subcommands.Add(Report());
        finance.Subcommands.Add(Check());
        finance.Subcommands.Add(Template());
        finance.Subcommands.Add(ExportJson());
        finance.Subcommands.Add(FinanceBench.Create());
        return finance;
    }

    internal static Option<string?> SampleOption() => new("--sample") { Description = "内置示例数据名称，如 renhe-2022" };

    internal static Option<string?> InputOption() => new("--input") { Description = "数据文件：.json 或按模板填写的 .xlsx" };

    private static Command Report()
    {
        var sample = SampleOption();
        var input = InputOption();
        var format = new Option<string>("--format") { Description = "输出格式：docx、pdf、xlsx、html", Required = true };
        var output = new Option<string>("--out") { Description = "输出文件路径", Required = true };
        var command = new Command("report", "生成部门决算公开报告") { sample, input, format, output };
        command.SetAction(parse =>
        {
            if (!ReportFormats.TryParse(parse.GetValue(format)!, out var kind))
            {
                Console.Error.WriteLine($"不支持的格式“{parse.GetValue(format)}”：请使用 docx、pdf、xlsx 或 html。");
                return 2;
            }
            var loaded = FinanceInput.Load(parse.GetValue(sample), parse.GetValue(input));
            if (!loaded.IsSuccess)
            {
                return FinanceInput.PrintErrors(loaded);
            }
            var path = parse.GetValue(output)!;
            new ReportExporter(GenerateFinalAccountsReport.For(loaded.Value)).WriteFile(kind, path);
            Console.WriteLine($"已生成{kind.ToString().ToLowerInvariant()}报告：{path}");
            return 0;
        });
        return command;
    }

    private static Command Check()
    {
        var sample = SampleOption();
        var input = InputOption();
        var json = new Option<bool>("--json") { Description = "以 JSON 输出检查结果（供程序使用）" };
        var command = new Command("check", "检查决算数据与报告文字中的每一个数字（有错误时退出码为1）") { sample, input, json };
        command.SetAction(parse =>
        {
            var loaded = FinanceInput.Load(parse.GetValue(sample), parse.GetValue(input));
            if (!loaded.IsSuccess)
            {
                return FinanceInput.PrintErrors(loaded);
            }
            var result = CheckFinalAccounts.Handle(loaded.Value);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(result.Findings.Select(f => new
                {
                    rule = f.Rule,
                    severity = f.Severity.ToString().ToLowerInvariant(),
                    places = f.Places,
                    numbers = f.Numbers.Select(n => new { label = n.Label, value = n.Value }),
                    explanation = f.Explanation,
                }), FinalAccountsJson.Options));
            }
            else
            {
                Print(result);
            }
            return result.HasErrors ? 1 : 0;
        });
        return command;
    }

    private static void Print(ValidationReport report)
    {
        Console.WriteLine($"检查完成：错误{report.Count(Severity.Error)}项，警告{report.Count(Severity.Warning)}项，提示{report.Count(Severity.Info)}项。");
        var n = 0;
        foreach (var f in report.Findings)
        {
            Console.WriteLine();
            Console.WriteLine($"{++n}. 【{SeverityNames.Chinese(f.Severity)}】{f.Rule}");
            Console.WriteLine($"   位置：{string.Join("；", f.Places)}");
            if (f.Numbers.Count > 0)
            {
                Console.WriteLine($"   数字：{string.Join("，", f.Numbers.Select(x => $"{x.Label}={x.Value:0.####}"))}");
            }
            Console.WriteLine($"   说明：{f.Explanation}");
        }
    }

    private static Command Template()
    {
        var output = new Option<string>("--out") { Description = "模板文件路径（.xlsx）", Required = true };
        var sample = SampleOption();
        sample.Description = "可选：用示例数据填好模板";
        var command = new Command("template", "生成决算数据导入模板（Excel 工作簿）") { output, sample };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(sample);
            var filled = name is null ? null : SampleCatalog.Find(name);
            if (name is not null && filled is null)
            {
                Console.Error.WriteLine($"没有名为“{name}”的示例数据。");
                return 2;
            }
            using (var file = File.Create(parse.GetValue(output)!))
            {
                WorkbookTemplateWriter.Write(file, filled);
            }
            Console.WriteLine($"已生成模板：{parse.GetValue(output)}");
            return 0;
        });
        return command;
    }

    private static Command ExportJson()
    {
        var sample = SampleOption();
        var input = InputOption();
        var output = new Option<string>("--out") { Description = "输出 JSON 文件路径", Required = true };
        var command = new Command("export-json", "把决算数据导出为 JSON（格式见 docs/finance.md）") { sample, input, output };
        command.SetAction(parse =>
        {
            var loaded = FinanceInput.Load(parse.GetValue(sample), parse.GetValue(input));
            if (!loaded.IsSuccess)
            {
                return FinanceInput.PrintErrors(loaded);
            }
            File.WriteAllText(parse.GetValue(output)!, FinalAccountsJson.Write(loaded.Value));
            Console.WriteLine($"已导出：{parse.GetValue(output)}");
            return 0;
        });
        return command;
    }
}
