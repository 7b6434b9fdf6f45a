using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Analysis.Features;

public sealed record SavedViewRequest(string? Name, string? Query);

public sealed record SavedViewItem(int Id, string Name, string Query, DateTimeOffset CreatedAt);

/// <summary>A user's own saved views of the analysis workspace (每人至多 50 个). A view holds only the query string of
/// its filters; reading it again applies the reader's scope of the day.</summary>
public sealed class SavedViews(XinfangDbContext db, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<SavedViewItem>>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        if (!AnalysisAccess.MayRead(actor))
        {
            return AnalysisAccess.Refused;
        }

        return await db.SavedAnalysisViews.AsNoTracking().Where(v => v.UserId == actor.UserId).OrderBy(v => v.Name)
            .Select(v => new SavedViewItem(v.Id, v.Name, v.Query, v.CreatedAt)).ToListAsync(ct);
    }

    public async Task<Result<SavedViewItem>> SaveAsync(SavedViewRequest request, Actor actor, CancellationToken ct = default)
    {
        if (!AnalysisAccess.MayRead(actor) || actor.UserId <= 0)
        {
            return Error.Forbidden("analysis.forbidden", "您的角色不能保存分析视图。");
        }

        var name = request.Name?.Trim() ?? "";
        var query = request.Query?.Trim().TrimStart('?') ?? "";
        if (name.Length is 0 or > SavedAnalysisView.MaxNameLength || name.Any(char.IsControl))
        {
            return Error.Validation("name", "validation.required", $"请填写视图名称（1至{SavedAnalysisView.MaxNameLength}字）。");
        }

        if (query.Length is 0 or > SavedAnalysisView.MaxQueryLength || query.Any(char.IsControl))
        {
            return Error.Validation("query", "validation.invalid", $"视图的查询条件不能为空，且不超过{SavedAnalysisView.MaxQueryLength}个字符。");
        }

        var existing = await db.SavedAnalysisViews.Where(v => v.UserId == actor.UserId).ToListAsync(ct);
        if (existing.Any(v => v.Name == name))
        {
            return Error.Conflict("analysis.view_exists", $"已有名为“{name}”的视图。");
        }

        if (existing.Count >= SavedAnalysisView.MaxPerUser)
        {
            return Error.Validation("name", "validation.too_many", $"每人最多保存{SavedAnalysisView.MaxPerUser}个视图，请先删除不用的。");
        }

        var view = new SavedAnalysisView(actor.UserId, name, query, clock.GetUtcNow());
        db.SavedAnalysisViews.Add(view);
        await db.SaveChangesAsync(ct);
        return new SavedViewItem(view.Id, view.Name, view.Query, view.CreatedAt);
    }

    public async Task<Result> DeleteAsync(int id, Actor actor, CancellationToken ct = default)
    {
        var view = await db.SavedAnalysisViews.FirstOrDefaultAsync(v => v.Id == id && v.UserId == actor.UserId, ct);
        if (view is null)
        {
            return Result.Failure(Error.NotFound("analysis.view_not_found", "没有这个视图。"));
        }

        db.SavedAnalysisViews.Remove(view);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
