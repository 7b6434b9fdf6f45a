using System.Text.Json;
using System.Text.Json.Serialization;
using Xinfang.Core.Common;
using Xinfang.Core.Finance.Model;

namespace Xinfang.Core.Finance.Import;

/// <summary>The documented JSON format of the final accounts (docs/finance.md): camelCase property names, enums as
/// strings, amounts in 万元 as JSON numbers. Reading checks the input rules; nothing partial is returned.</summary>
public static class FinalAccountsJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(FinalAccounts accounts) => JsonSerializer.Serialize(accounts, Options);

    public static Result<FinalAccounts> Read(string json)
    {
        FinalAccounts? accounts;
        try
        {
            accounts = JsonSerializer.Deserialize<FinalAccounts>(json, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"第{line + 1}行第{(ex.BytePositionInLine ?? 0) + 1}列" : "";
            return Error.Validation(ex.Path ?? "$", "finance.json_invalid", $"JSON格式错误（{where}{(ex.Path is { } p ? $"，位置 {p}" : "")}）：{Describe(ex)}");
        }
        if (accounts is null)
        {
            return Error.Validation("$", "finance.json_empty", "JSON内容为空。");
        }
        var errors = InputRules.Check(accounts).ToArray();
        return errors.Length > 0 ? Result.Failure<FinalAccounts>(errors) : accounts;
    }

    private static string Describe(JsonException ex) =>
        ex.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "存在未定义的字段" :
        ex.Message.Contains("could not be converted", StringComparison.Ordinal) ? "字段值的类型不正确（金额应为数字，枚举应为规定的英文值）" :
        "无法解析";
}
