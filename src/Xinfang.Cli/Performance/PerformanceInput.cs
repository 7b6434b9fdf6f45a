using Xinfang.Core.Common;
using Xinfang.Core.Performance.Features;
using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Rules;

namespace Xinfang.Cli.Performance;

/// <summary>Loads the department-year (--sample) and the rule profile (--profile: a built-in name or a .json file).</summary>
internal static class PerformanceInput
{
    public static Result<PerformanceYear> Year(string? sample)
    {
        if (sample is null)
        {
            return Error.Validation("--sample", "cli.no_input", $"请用 --sample（内置示例）或 --year（数据库中的部门年度）指定数据；可用：{string.Join("、", PerformanceSampleCatalog.Samples.Keys)}。");
        }
        return PerformanceSampleCatalog.Find(sample) is { } year
            ? year
            : Error.Validation("--sample", "cli.unknown_sample", $"没有名为“{sample}”的绩效示例数据；可用：{string.Join("、", PerformanceSampleCatalog.Samples.Keys)}。");
    }

    public static Result<RuleProfile> Profile(string? name)
    {
        if (name is null)
        {
            return RuleProfiles.Default;
        }
        if (RuleProfiles.Find(name) is { } builtIn)
        {
            return builtIn;
        }
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return File.Exists(name)
                ? RuleProfileJson.Read(File.ReadAllText(name))
                : Error.Validation("--profile", "cli.file_missing", $"评分规则文件不存在：{name}");
        }
        return Error.Validation("--profile", "cli.unknown_profile",
            $"没有名为“{name}”的评分规则；可用：{string.Join("、", RuleProfiles.All.Keys)}，或指定一个 .json 规则文件。");
    }

    public static int PrintErrors(Result result)
    {
        Console.Error.WriteLine($"输入有{result.Errors.Count}处问题，未予处理：");
        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine($"  [{error.Code}] {(error.Field is { Length: > 0 } f ? f + "：" : "")}{error.Message}");
        }
        return 2;
    }
}
