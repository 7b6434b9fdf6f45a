using Xinfang.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

public sealed record RenameCategoryRequest(string? Name);

/// <summary>重命名 and 停用/启用 a category. Categories are never deleted, as cases are filed under them: an inactive
/// one (or one under an inactive top-level category) is no longer offered at intake nor accepted at registration.</summary>
public sealed class EditCategory(XinfangDbContext db, OrganisationDirectory directory)
{
    public async Task<Result<CategoryAdminView>> RenameAsync(int id, RenameCategoryRequest request, Actor actor, CancellationToken ct = default)
    {
        if (AdminAccess.Check(actor) is { } denied)
        {
            return denied;
        }

        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null)
        {
            return NotFound(id);
        }

        var name = UnitRules.Trimmed(request.Name);
        var errors = new List<Error>();
        await CategoryRules.ValidateNameAsync(db, name, category.ParentId, category.Id, errors, ct);
        if (errors.Count > 0)
        {
            return Result.Failure<CategoryAdminView>([.. errors]);
        }

        category.Rename(name!);
        await db.SaveChangesAsync(ct);
        directory.Invalidate();
        return AdminQueries.View(category);
    }

    public async Task<Result<CategoryAdminView>> SetActiveAsync(int id, bool active, Actor actor, CancellationToken ct = default)
    {
        if (AdminAccess.Check(actor) is { } denied)
        {
            return denied;
        }

        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null)
        {
            return NotFound(id);
        }

        if (category.IsActive != active)
        {
            category.SetActive(active);
            await db.SaveChangesAsync(ct);
            directory.Invalidate();
        }

        return AdminQueries.View(category);
    }

    private static Error NotFound(int id) => Error.NotFound("category.not_found", $"问题分类 {id} 不存在。");
}
