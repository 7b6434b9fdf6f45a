using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Analysis.Warnings;

public sealed record SensitivePeriodRequest(string? Name, DateOnly? From, DateOnly? To, int? RegionId, int? CategoryId, double? Sigma, int? MinCount);

public sealed record SensitivePeriodView(int Id, string Name, DateOnly From, DateOnly To, int? RegionId, string Scope, int? CategoryId, double Sigma, int MinCount);

/// <summary>敏感时期 as the administrator keeps them: dates, scope (a township, a top-level category or the district) and the
/// lower bar (standard deviations, minimum count) that applies within them.</summary>
public sealed class SensitivePeriods(XinfangDbContext db, OrganisationDirectory directory)
{
    public const int MaxDays = 366;

    public async Task<Result<IReadOnlyList<SensitivePeriodView>>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsInAny(WarningQueries.Readers))
        {
            return Error.Forbidden("warning.forbidden", "只有督办员、领导、派单员和管理员可以查看敏感时期。");
        }

        var names = await directory.GetAsync(ct);
        var periods = await db.SensitivePeriods.AsNoTracking().OrderByDescending(p => p.From).ToListAsync(ct);
        return periods.Select(p => View(p, names)).ToList();
    }

    public async Task<Result<SensitivePeriodView>> SaveAsync(int? id, SensitivePeriodRequest request, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsIn(Roles.Admin))
        {
            return Error.Forbidden("sensitive_period.forbidden", "只有管理员可以设置敏感时期。");
        }

        var names = await directory.GetAsync(ct);
        var errors = new List<Error>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > SensitivePeriod.MaxNameLength || name.Any(char.IsControl))
        {
            errors.Add(Error.Validation("name", "validation.required", $"请填写名称（1至{SensitivePeriod.MaxNameLength}字，不含控制字符）。"));
        }

        if (request.From is not { } from || request.To is not { } to || from.Year < 2000 || to.Year > 2099)
        {
            errors.Add(Error.Validation("from", "validation.required", "请填写起止日期（2000年至2099年）。"));
        }
        else if (to < from || to.DayNumber - from.DayNumber >= MaxDays)
        {
            errors.Add(Error.Validation("to", "validation.range", $"结束日期须不早于开始日期，且期间不超过{MaxDays}天。"));
        }

        if (request.RegionId is { } region && !names.Regions.ContainsKey(region))
        {
            errors.Add(Error.Validation("regionId", "validation.unknown_value", "没有这个乡镇（街道）。"));
        }

        if (request.CategoryId is { } category && (!names.Categories.TryGetValue(category, out var c) || c.ParentId is not null))
        {
            errors.Add(Error.Validation("categoryId", "validation.unknown_value", "请选择一级问题分类。"));
        }

        var sigma = request.Sigma ?? 2.0;
        if (!double.IsFinite(sigma) || sigma is < 1 or > 3)
        {
            errors.Add(Error.Validation("sigma", "validation.range", "预警门槛（标准差倍数）须在 1 至 3 之间（平时为 3）。"));
        }

        var minCount = request.MinCount ?? 3;
        if (minCount is < 1 or > 5)
        {
            errors.Add(Error.Validation("minCount", "validation.range", "最少件数须在 1 至 5 之间（平时为 5）。"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<SensitivePeriodView>([.. errors]);
        }

        SensitivePeriod? period;
        if (id is { } key)
        {
            period = await db.SensitivePeriods.FirstOrDefaultAsync(p => p.Id == key, ct);
            if (period is null)
            {
                return Error.NotFound("sensitive_period.not_found", "敏感时期不存在。");
            }

            period.Edit(name, request.From!.Value, request.To!.Value, request.RegionId, request.CategoryId, sigma, minCount);
        }
        else
        {
            period = new SensitivePeriod(name, request.From!.Value, request.To!.Value, request.RegionId, request.CategoryId, sigma, minCount);
            db.SensitivePeriods.Add(period);
        }

        await db.SaveChangesAsync(ct);
        return View(period, names);
    }

    public async Task<Result> DeleteAsync(int id, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsIn(Roles.Admin))
        {
            return Result.Failure(Error.Forbidden("sensitive_period.forbidden", "只有管理员可以设置敏感时期。"));
        }

        var period = await db.SensitivePeriods.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (period is null)
        {
            return Result.Failure(Error.NotFound("sensitive_period.not_found", "敏感时期不存在。"));
        }

        db.SensitivePeriods.Remove(period);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    private static SensitivePeriodView View(SensitivePeriod p, OrganisationDirectory.Snapshot names)
    {
        var scope = string.Join("，", new[] { names.RegionName(p.RegionId), names.CategoryName(p.CategoryId) }.Where(s => s is not null));
        return new SensitivePeriodView(p.Id, p.Name, p.From, p.To, p.RegionId, scope.Length == 0 ? "全区" : scope, p.CategoryId, p.Sigma, p.MinCount);
    }
}
