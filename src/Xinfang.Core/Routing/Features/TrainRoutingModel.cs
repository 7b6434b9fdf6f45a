using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Routing.Features;

public sealed record RoutingModelView(int Id, DateTimeOffset TrainedAt, string TrainedBy, int Examples, int Categories, double? HeldOutMacroF1, double? HeldOutTop3)
{
    public static RoutingModelView Of(StoredRoutingModel m) => new(m.Id, m.TrainedAt, m.TrainedBy, m.Examples, m.Categories, m.HeldOutMacroF1, m.HeldOutTop3);
}

/// <summary>Trains the category model on the district's own closed cases (the newest <see cref="MaxExamples"/>), measures
/// it on a tenth held out, and stores it as the model in use; also notes which lead units handled each category.</summary>
public sealed class TrainRoutingModel(XinfangDbContext db, TimeProvider clock, OrganisationDirectory directory, RoutingModelCache cache)
{
    public const int MaxExamples = 60_000;
    private const int MinimumForHoldOut = 200;

    private static readonly CaseStatus[] Finished = [CaseStatus.Closed, CaseStatus.Reviewed, CaseStatus.Final];

    public async Task<Result<RoutingModelView>> HandleAsync(Actor actor, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        if (!actor.IsIn(Roles.Admin))
        {
            return Error.Forbidden("routing.train_forbidden", "只有系统管理员可以训练类别建议模型。");
        }

        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.CategoryId != null && Finished.Contains(c.Status))
            .OrderByDescending(c => c.RegisteredAt)
            .Take(MaxExamples)
            .Select(c => new { c.Subject, c.Content, c.RegionId, CategoryId = c.CategoryId!.Value, c.LeadUnitId })
            .ToListAsync(ct);
        var usable = cases.GroupBy(c => c.CategoryId).Where(g => g.Count() >= 2).SelectMany(g => g).ToList();
        if (usable.Select(c => c.CategoryId).Distinct().Count() < 2)
        {
            return Error.Validation("cases", "routing.too_few_cases", $"已办结的事项不足：至少需要两个类别、每类两件以上（现有 {cases.Count} 件）。");
        }

        var names = await directory.GetAsync(ct);
        var examples = usable.Select(c => new LabelledText(RoutingTexts.Of(c.Subject, c.Content, c.RegionId, names), c.CategoryId.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var (train, test) = examples.Count >= MinimumForHoldOut ? StratifiedSplit.Of(examples, 0.1, seed: 42) : (examples, []);
        var model = await Task.Run(() => CategoryModel.Train(train, progress), ct);
        var evaluation = test.Count > 0 ? ModelEvaluation.Of(model, test) : null;

        var units = usable.Where(c => c.LeadUnitId is not null)
            .GroupBy(c => c.CategoryId)
            .ToDictionary(
                g => g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
                g => g.GroupBy(c => c.LeadUnitId!.Value).OrderByDescending(u => u.Count()).ThenBy(u => u.Key).Take(3).Select(u => new[] { u.Key, u.Count() }).ToArray());
        using var bytes = new MemoryStream();
        model.Save(bytes);
        var stored = new StoredRoutingModel(clock.GetUtcNow(), actor.UserName, train.Count, model.Labels.Count,
            evaluation?.MacroF1, evaluation?.Top3, bytes.ToArray(), JsonSerializer.Serialize(units));
        db.RoutingModels.Add(stored);
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        return RoutingModelView.Of(stored);
    }
}
