using Xinfang.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

/// <summary>区划 has two levels (乡镇/街道 → 村/社区); names are unique within their township (or among townships);
/// codes are unique: T01 … for a township and the township's code with V01 … for a village, when none is typed.</summary>
internal static class RegionRules
{
    public const int MaxNameLength = 100;

    public static async Task ValidateNameAsync(XinfangDbContext db, string? name, int? parentId, int selfId, List<Error> errors, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(Error.Validation("name", "validation.required", "请填写区划名称。"));
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(Error.Validation("name", "validation.too_long", $"区划名称不能超过{MaxNameLength}个字。"));
        }
        else if (await db.Regions.AnyAsync(r => r.ParentId == parentId && r.Name == name && r.Id != selfId, ct))
        {
            errors.Add(Error.Validation("name", "region.name_taken", parentId is null
                ? $"已有名为“{name}”的乡镇（街道）。"
                : $"该乡镇（街道）下已有名为“{name}”的村（社区）。"));
        }
    }

    public static Error CodeTaken(string code) => Error.Validation("code", "region.code_taken", $"区划编码“{code}”已存在。");

    public static async Task<string> NextCodeAsync(XinfangDbContext db, Region? township, CancellationToken ct)
    {
        var prefix = township is null ? "T" : $"{township.Code}V";
        var taken = (await db.Regions.Where(r => r.Code.StartsWith(prefix)).Select(r => r.Code).ToListAsync(ct)).ToHashSet();
        return Codes.NextFree(prefix, taken);
    }

    public static Error NotFound(int id) => Error.NotFound("region.not_found", $"区划 {id} 不存在。");
}
