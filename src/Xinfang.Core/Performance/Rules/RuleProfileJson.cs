using System.Text.Json;
using System.Text.Json.Serialization;
using Xinfang.Core.Common;

namespace Xinfang.Core.Performance.Rules;

/// <summary>Rule profiles as JSON files (camelCase, enums as camelCase strings, shares as fractions). A profile read
/// from a file is checked before use; each problem names its field.</summary>
public static class RuleProfileJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(RuleProfile profile) => JsonSerializer.Serialize(profile, Options);

    public static Result<RuleProfile> Read(string json)
    {
        RuleProfile? profile;
        try
        {
            profile = JsonSerializer.Deserialize<RuleProfile>(json, Options);
        }
        catch (JsonException e)
        {
            return Error.Validation(e.Path ?? "", "profile.invalid_json", $"评分规则文件格式错误（{e.Path}）：{e.Message}");
        }
        if (profile is null)
        {
            return Error.Validation("", "profile.empty", "评分规则文件为空。");
        }
        var errors = Check(profile);
        return errors.Count == 0 ? profile : Result.Failure<RuleProfile>([.. errors]);
    }

    public static IReadOnlyList<Error> Check(RuleProfile p)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(p.Name))
        {
            errors.Add(Error.Validation("name", "profile.name_missing", "评分规则缺少名称（name）。"));
        }
        if (p.BudgetWeight < 0 || p.IndicatorWeight < 0 || p.TotalWeight != 100m)
        {
            errors.Add(Error.Validation("budgetWeight", "profile.weights", $"预算执行权重（budgetWeight={p.BudgetWeight}）与绩效指标权重（indicatorWeight={p.IndicatorWeight}）之和须为100。"));
        }
        if (p.BudgetFullRate <= 0 || p.BudgetZeroBelowRate < 0 || p.BudgetZeroBelowRate >= p.BudgetFullRate)
        {
            errors.Add(Error.Validation("budgetFullRate", "profile.budget_rates", "满分执行率（budgetFullRate）须大于0，且大于不得分执行率（budgetZeroBelowRate）。"));
        }
        if (p.QualitativeBands.Count == 0)
        {
            errors.Add(Error.Validation("qualitativeBands", "profile.bands_missing", "缺少定性指标档次（qualitativeBands）。"));
        }
        foreach (var (band, i) in p.QualitativeBands.Select((b, i) => (b, i)))
        {
            if (band.MinShare < 0 || band.MaxShare > 1 || band.MinShare > band.MaxShare)
            {
                errors.Add(Error.Validation($"qualitativeBands[{i}]", "profile.band_range", $"定性档次“{band.Name}”的得分比例须满足 0 ≤ minShare ≤ maxShare ≤ 1。"));
            }
        }
        if (p.Grades.Count == 0 || p.Grades.Min(g => g.MinScore) != 0m)
        {
            errors.Add(Error.Validation("grades", "profile.grades", "评价等级（grades）须至少一档，且最低一档从0分起。"));
        }
        if (p.Grades.Select(g => g.MinScore).Distinct().Count() != p.Grades.Count)
        {
            errors.Add(Error.Validation("grades", "profile.grades_duplicate", "评价等级（grades）的起始分数不能重复。"));
        }
        return errors;
    }
}
