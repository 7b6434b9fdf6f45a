using Xinfang.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

public sealed record AddCategoryRequest(int? ParentId, string? Name, string? Code = null);

/// <summary>新增问题分类: a child under a top-level category, or a new top-level one. Without a code, the next free
/// one below the parent's is given.</summary>
public sealed class AddCategory(XinfangDbContext db, OrganisationDirectory directory)
{
    public async Task<Result<CategoryAdminView>> HandleAsync(AddCategoryRequest request, Actor actor, CancellationToken ct = default)
    {
        if (AdminAccess.Check(actor) is { } denied)
        {
            return denied;
        }

        var errors = new List<Error>();
        Category? parent = null;
        if (request.ParentId is { } parentId)
        {
            parent = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == parentId, ct);
            if (parent is null)
            {
                errors.Add(Error.Validation("parentId", "validation.not_found", $"上级分类 {parentId} 不存在。"));
            }
            else if (parent.ParentId is not null)
            {
                errors.Add(Error.Validation("parentId", "category.too_deep", "问题分类只有两级：请在大类下添加。"));
            }
            else if (!parent.IsActive)
            {
                errors.Add(Error.Validation("parentId", "category.inactive", $"大类“{parent.Name}”已停用，请先启用。"));
            }
        }

        var name = UnitRules.Trimmed(request.Name);
        await CategoryRules.ValidateNameAsync(db, name, request.ParentId, 0, errors, ct);
        var code = UnitRules.NormaliseCode(UnitRules.Trimmed(request.Code));
        if (code is not null)
        {
            if (!Codes.IsWellFormed(code))
            {
                errors.Add(Error.Validation("code", "validation.code_format", $"分类编码只能由字母、数字、短横线和下划线组成，不超过{Codes.MaxLength}个字符。"));
            }
            else if (await db.Categories.AnyAsync(c => c.Code == code, ct))
            {
                errors.Add(CategoryRules.CodeTaken(code));
            }
        }

        if (errors.Count > 0)
        {
            return Result.Failure<CategoryAdminView>([.. errors]);
        }

        code ??= await CategoryRules.NextCodeAsync(db, parent, ct);
        var category = new Category(code, name!, request.ParentId);
        db.Categories.Add(category);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return CategoryRules.CodeTaken(code);
        }

        directory.Invalidate();
        return AdminQueries.View(category);
    }
}
