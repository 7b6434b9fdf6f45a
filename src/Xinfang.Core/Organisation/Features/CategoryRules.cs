using Xinfang.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

/// <summary>The category tree has two levels (大类 → 小类); names are unique among siblings.</summary>
internal static class CategoryRules
{
    public const int MaxNameLength = 100;

    public static async Task ValidateNameAsync(XinfangDbContext db, string? name, int? parentId, int selfId, List<Error> errors, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(Error.Validation("name", "validation.required", "请填写分类名称。"));
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(Error.Validation("name", "validation.too_long", $"分类名称不能超过{MaxNameLength}个字。"));
        }
        else if (await db.Categories.AnyAsync(c => c.ParentId == parentId && c.Name == name && c.Id != selfId, ct))
        {
            errors.Add(Error.Validation("name", "category.name_taken", parentId is null
                ? $"已有名为“{name}”的大类。"
                : $"该大类下已有名为“{name}”的分类。"));
        }
    }

    public static Error CodeTaken(string code) => Error.Validation("code", "category.code_taken", $"分类编码“{code}”已存在。");

    /// <summary>The next free code: C01, C02 … for a top-level category, the parent's code and 01, 02 … below it.</summary>
    public static async Task<string> NextCodeAsync(XinfangDbContext db, Category? parent, CancellationToken ct)
    {
        var prefix = parent?.Code ?? "C";
        var taken = (await db.Categories.Where(c => c.Code.StartsWith(prefix)).Select(c => c.Code).ToListAsync(ct)).ToHashSet();
        return Codes.NextFree(prefix, taken);
    }
}
