using Xinfang.Core.Identity;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

/// <summary>The checks a unit's fields must pass, each failure naming the field in Chinese.</summary>
internal static partial class UnitRules
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 100;

    [GeneratedRegex("^[A-Z0-9_-]+$")]
    private static partial Regex CodePattern();

    public static string? NormaliseCode(string? code) => code?.Trim().ToUpperInvariant();

    public static async Task ValidateCodeAsync(XinfangDbContext db, string? code, List<Error> errors, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(code))
        {
            errors.Add(Error.Validation("code", "validation.required", "请填写单位编码。"));
        }
        else if (code.Length > MaxCodeLength)
        {
            errors.Add(Error.Validation("code", "validation.too_long", $"单位编码不能超过{MaxCodeLength}个字符。"));
        }
        else if (!CodePattern().IsMatch(code))
        {
            errors.Add(Error.Validation("code", "validation.code_format", "单位编码只能由字母、数字、短横线和下划线组成。"));
        }
        else if (await db.Units.AnyAsync(u => u.Code == code, ct))
        {
            errors.Add(CodeTaken(code));
        }
    }

    public static Error CodeTaken(string code) => Error.Validation("code", "unit.code_taken", $"单位编码“{code}”已存在。");

    /// <summary>Name, kind, parent and township of a new or edited unit (<paramref name="self"/> is null for a new one).</summary>
    public static async Task ValidateFieldsAsync(XinfangDbContext db, Unit? self, string? name, UnitKind? kind, int? parentId, int? regionId,
        List<Error> errors, CancellationToken ct)
    {
        var selfId = self?.Id ?? 0;
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(Error.Validation("name", "validation.required", "请填写单位名称。"));
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(Error.Validation("name", "validation.too_long", $"单位名称不能超过{MaxNameLength}个字。"));
        }
        else if (await db.Units.AnyAsync(u => u.Name == name && u.Id != selfId, ct))
        {
            errors.Add(Error.Validation("name", "unit.name_taken", $"单位名称“{name}”已存在。"));
        }

        if (kind is null || !Enum.IsDefined(kind.Value))
        {
            errors.Add(Error.Validation("kind", "validation.required", "请选择单位类别。"));
        }
        else if (kind == UnitKind.Bureau && await db.Units.AnyAsync(u => u.Kind == UnitKind.Bureau && u.Id != selfId, ct))
        {
            errors.Add(Error.Validation("kind", "unit.single_bureau", "信访局只能有一个，本区信访局已存在。"));
        }
        else if (self is { Kind: UnitKind.Bureau } && kind != UnitKind.Bureau)
        {
            errors.Add(Error.Validation("kind", "unit.bureau_kind_fixed", "信访局的单位类别不能更改（自办件由信访局承办）。"));
        }

        if (regionId is null)
        {
            if (kind == UnitKind.Township)
            {
                errors.Add(Error.Validation("regionId", "validation.required", "乡镇（街道）单位须选择所属乡镇（街道）。"));
            }
        }
        else if (!await db.Regions.AnyAsync(r => r.Id == regionId && r.Kind == RegionKind.Township, ct))
        {
            errors.Add(Error.Validation("regionId", "validation.not_found", $"乡镇（街道）{regionId} 不存在。"));
        }

        if (parentId is not null)
        {
            var parents = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
            if (!parents.ContainsKey(parentId.Value))
            {
                errors.Add(Error.Validation("parentId", "validation.not_found", $"上级单位 {parentId} 不存在。"));
            }
            else if (self is not null && IsWithin(parents, parentId.Value, self.Id))
            {
                errors.Add(Error.Validation("parentId", "unit.parent_cycle", "上级单位不能是本单位或其下级单位。"));
            }
        }
    }

    /// <summary>True when <paramref name="unitId"/> is <paramref name="ancestorId"/> or lies below it.</summary>
    private static bool IsWithin(Dictionary<int, int?> parents, int unitId, int ancestorId)
    {
        var seen = new HashSet<int>();
        for (int? id = unitId; id is { } current && seen.Add(current); id = parents.GetValueOrDefault(current))
        {
            if (current == ancestorId)
            {
                return true;
            }
        }

        return false;
    }

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
