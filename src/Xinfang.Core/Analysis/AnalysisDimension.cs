using System.Linq.Expressions;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Analysis;

/// <summary>What a figure can be sliced by (SPEC §1.9). Each is also a filter, so that every number drills down to
/// exactly its cases: the slice groups by the same raw value that the drill-down compares.</summary>
public enum AnalysisDimension
{
    Month,       // 月份
    Township,    // 乡镇（街道）
    Village,     // 村（社区）
    Category,    // 问题分类（一级）
    Subcategory, // 问题分类（末级）
    Channel,     // 来源渠道
    Unit,        // 主办单位
    Form,        // 诉求形式
    Collective,  // 集体访
    SkipLevel,   // 越级访
    Repeat,      // 重复访
    KeyCase,     // 重点事项
}

/// <summary>The raw value a case holds for each dimension (what the database groups by), its key in URLs and its name on screen.</summary>
public static class AnalysisDimensions
{
    /// <summary>The key of a case with no value (no township, category not yet completed …).</summary>
    public const string None = "none";

    public static string ChineseName(AnalysisDimension dimension) => dimension switch
    {
        AnalysisDimension.Month => "月份",
        AnalysisDimension.Township => "乡镇（街道）",
        AnalysisDimension.Village => "村（社区）",
        AnalysisDimension.Category => "问题分类",
        AnalysisDimension.Subcategory => "问题分类（细类）",
        AnalysisDimension.Channel => "来源渠道",
        AnalysisDimension.Unit => "主办单位",
        AnalysisDimension.Form => "诉求形式",
        AnalysisDimension.Collective => "集体访",
        AnalysisDimension.SkipLevel => "越级访",
        AnalysisDimension.Repeat => "重复访",
        AnalysisDimension.KeyCase => "重点事项",
        _ => dimension.ToString(),
    };

    /// <summary>The value the database groups by. A top-level category groups by the case's own category; the leaves are
    /// summed under their root afterwards (<see cref="KeyOf"/>). Enumerations are stored as their names: they group by
    /// their number through a CASE over the names.</summary>
    public static Expression<Func<Case, int?>> Raw(AnalysisDimension dimension) => dimension switch
    {
        AnalysisDimension.Month => c => c.ReceivedMonth,
        AnalysisDimension.Township => c => c.RegionId,
        AnalysisDimension.Village => c => c.VillageId,
        AnalysisDimension.Category or AnalysisDimension.Subcategory => c => c.CategoryId,
        AnalysisDimension.Channel => Numbered<Channel>(nameof(Case.Channel)),
        AnalysisDimension.Unit => c => c.LeadUnitId,
        AnalysisDimension.Form => Numbered<CaseForm>(nameof(Case.Form)),
        AnalysisDimension.Collective => c => c.IsCollective ? 1 : 0,
        AnalysisDimension.SkipLevel => Numbered<SkipLevel>(nameof(Case.SkipLevel)),
        AnalysisDimension.Repeat => c => c.IsRepeat ? 1 : 0,
        AnalysisDimension.KeyCase => c => c.IsKeyCase ? 1 : 0,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>Whether a case holds a key: the column compared with the value itself (an enumeration with its name), so
    /// that the database can use its indexes.</summary>
    public static Expression<Func<Case, bool>> Holds(AnalysisDimension dimension, int? key)
    {
        if (dimension is AnalysisDimension.Channel or AnalysisDimension.Form or AnalysisDimension.SkipLevel)
        {
            var c = Expression.Parameter(typeof(Case), "c");
            var member = Expression.Property(c, dimension.ToString());
            var enumType = Nullable.GetUnderlyingType(member.Type) ?? member.Type;
            var value = key is { } k ? Enum.ToObject(enumType, k) : null;
            return Expression.Lambda<Func<Case, bool>>(Expression.Equal(member, Expression.Constant(value, member.Type)), c);
        }

        var raw = Raw(dimension);
        return Expression.Lambda<Func<Case, bool>>(Expression.Equal(raw.Body, Expression.Constant(key, typeof(int?))), raw.Parameters);
    }

    private static Expression<Func<Case, int?>> Numbered<T>(string property) where T : struct, Enum
    {
        var c = Expression.Parameter(typeof(Case), "c");
        var member = Expression.Property(c, property);
        Expression body = Expression.Constant(null, typeof(int?));
        foreach (var value in Enum.GetValues<T>().Reverse())
        {
            body = Expression.Condition(Expression.Equal(member, Expression.Constant(value, member.Type)),
                Expression.Constant(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture), typeof(int?)), body);
        }

        return Expression.Lambda<Func<Case, int?>>(body, c);
    }

    /// <summary>The key a raw value is shown and drilled under (null: the case has no value).</summary>
    public static int? KeyOf(AnalysisDimension dimension, int? raw, OrganisationDirectory.Snapshot names) =>
        dimension == AnalysisDimension.Category && raw is { } id ? RootCategory(names, id) : raw;

    public static string Format(AnalysisDimension dimension, int? key) => key switch
    {
        null => None,
        { } value when dimension == AnalysisDimension.Month => $"{value / 100:D4}-{value % 100:D2}",
        { } value when dimension == AnalysisDimension.Channel => ((Channel)value).ToString(),
        { } value when dimension == AnalysisDimension.Form => ((CaseForm)value).ToString(),
        { } value when dimension == AnalysisDimension.SkipLevel => ((SkipLevel)value).ToString(),
        { } value when IsFlag(dimension) => value == 1 ? "true" : "false",
        { } value => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string NameOf(AnalysisDimension dimension, int? key, OrganisationDirectory.Snapshot names) => dimension switch
    {
        _ when key is null => dimension switch
        {
            AnalysisDimension.Township or AnalysisDimension.Village => "未明确地点",
            AnalysisDimension.Unit => "尚未交办",
            _ => "待补录",
        },
        AnalysisDimension.Month => $"{key / 100}年{key % 100}月",
        AnalysisDimension.Township or AnalysisDimension.Village => names.RegionName(key) ?? $"#{key}",
        AnalysisDimension.Category => names.CategoryName(key) ?? $"#{key}",
        AnalysisDimension.Subcategory => names.CategoryPath(key) ?? $"#{key}",
        AnalysisDimension.Channel => CaseNames.Of((Channel)key!.Value),
        AnalysisDimension.Unit => names.UnitName(key) ?? $"#{key}",
        AnalysisDimension.Form => CaseNames.Of((CaseForm)key!.Value),
        AnalysisDimension.SkipLevel => CaseNames.Of((SkipLevel)key!.Value),
        _ => key == 1 ? "是" : "否",
    };

    /// <summary>Reads a key from a URL; the error names the parameter and says what it accepts.</summary>
    public static Result<int?> Parse(AnalysisDimension dimension, string text)
    {
        var field = ParamName(dimension);
        var value = text.Trim();
        if (value.Equals(None, StringComparison.OrdinalIgnoreCase))
        {
            return IsFlag(dimension) || dimension is AnalysisDimension.Channel or AnalysisDimension.SkipLevel or AnalysisDimension.Month
                ? Error.Validation(field, "validation.unknown_value", $"“{ChineseName(dimension)}”总有取值，不能为 none。")
                : (int?)null;
        }

        switch (dimension)
        {
            case AnalysisDimension.Month:
                return DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", out var month) && month.Year is >= 2000 and <= 2099
                    ? ChinaTime.MonthNumber(month)
                    : Error.Validation(field, "validation.format", $"月份“{text}”应写作 yyyy-MM（如 2026-03）。");
            case AnalysisDimension.Channel:
                return EnumKey<Channel>(field, value, "来源渠道");
            case AnalysisDimension.Form:
                return EnumKey<CaseForm>(field, value, "诉求形式");
            case AnalysisDimension.SkipLevel:
                return EnumKey<SkipLevel>(field, value, "越级情形");
            case var flag when IsFlag(flag):
                return bool.TryParse(value, out var yes)
                    ? (yes ? 1 : 0)
                    : Error.Validation(field, "validation.format", $"“{ChineseName(flag)}”应为 true 或 false，收到“{text}”。");
            default:
                return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0
                    ? id
                    : Error.Validation(field, "validation.format", $"“{ChineseName(dimension)}”应为编号或 none，收到“{text}”。");
        }
    }

    /// <summary>The query parameter of a dimension ("skipLevel", "keyCase").</summary>
    public static string ParamName(AnalysisDimension dimension) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(dimension.ToString());

    public static bool TryParseName(string text, out AnalysisDimension dimension)
    {
        var plain = text.Replace("-", "", StringComparison.Ordinal).Trim();
        return Enum.TryParse(plain, ignoreCase: true, out dimension) && Enum.IsDefined(dimension) && !int.TryParse(plain, out _);
    }

    public static bool IsFlag(AnalysisDimension dimension) =>
        dimension is AnalysisDimension.Collective or AnalysisDimension.Repeat or AnalysisDimension.KeyCase;

    private static Result<int?> EnumKey<T>(string field, string value, string what) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)
            ? Convert.ToInt32(parsed, System.Globalization.CultureInfo.InvariantCulture)
            : Error.Validation(field, "validation.unknown_value",
                $"未知的{what}“{value}”，可选：{string.Join("、", Enum.GetNames<T>())}。");

    /// <summary>The top of a category's tree (the tree may be deeper than two levels).</summary>
    public static int RootCategory(OrganisationDirectory.Snapshot names, int id)
    {
        var current = id;
        for (var depth = 0; depth < 10 && names.Categories.TryGetValue(current, out var category) && category.ParentId is { } parent; depth++)
        {
            current = parent;
        }

        return current;
    }
}
