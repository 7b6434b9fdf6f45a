using Xinfang.Core.Common;
using Xinfang.Core.Finance.Features;
using Xinfang.Core.Finance.Import;
using Xinfang.Core.Finance.Model;
using Xinfang.Documents.Excel;

namespace Xinfang.Cli.Finance;

/// <summary>Loads accounts from --sample or --input (JSON or workbook), printing Chinese errors.</summary>
internal static class FinanceInput
{
    public static Result<FinalAccounts> Load(string? sample, string? input)
    {
        if (sample is not null && input is not null)
        {
            return Error.Validation("--input", "cli.both_inputs", "--sample 与 --input 只能指定一个。");
        }
        if (sample is not null)
        {
            return SampleCatalog.Find(sample) is { } accounts
                ? accounts
                : Error.Validation("--sample", "cli.unknown_sample", $"没有名为“{sample}”的示例数据；可用：{string.Join("、", SampleCatalog.Samples.Keys)}。");
        }
        if (input is null)
        {
            return Error.Validation("--input", "cli.no_input", "请用 --sample 或 --input 指定数据。");
        }
        if (!File.Exists(input))
        {
            return Error.Validation("--input", "cli.file_missing", $"文件不存在：{input}");
        }
        var extension = Path.GetExtension(input).ToLowerInvariant();
        if (extension == ".json")
        {
            return FinalAccountsJson.Read(File.ReadAllText(input));
        }
        if (extension == ".xlsx")
        {
            using var stream = File.OpenRead(input);
            return WorkbookTemplateReader.Read(stream);
        }
        return Error.Validation("--input", "cli.unknown_extension", $"无法识别的文件类型“{extension}”：请提供 .json 或 .xlsx 文件。");
    }

    public static int PrintErrors(Result result)
    {
        Console.Error.WriteLine($"数据有{result.Errors.Count}处问题，未予处理：");
        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine($"  [{error.Code}] {error.Message}");
        }
        return 2;
    }
}
