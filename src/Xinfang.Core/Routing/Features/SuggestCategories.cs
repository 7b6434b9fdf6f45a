using System.Globalization;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Routing.Features;

public sealed record CategorySuggestionRequest(string? Subject, string? Content, int? RegionId);

public sealed record SuggestedUnit(int UnitId, string Name, int ClosedCases);

public sealed record SuggestedCategory(int CategoryId, string Name, string Path, double Confidence, IReadOnlyList<SuggestedUnit> Units);

/// <summary>The model's proposal: up to three selectable categories, best first, each with the units that led its
/// closed cases. <see cref="ModelId"/> is null (and the list empty) while no model has been trained.</summary>
public sealed record CategorySuggestions(int? ModelId, DateTimeOffset? TrainedAt, IReadOnlyList<SuggestedCategory> Categories);

/// <summary>类别建议 at intake and dispatch: the stored model's three best categories for a matter's text and place.</summary>
public sealed class SuggestCategories(XinfangDbContext db, RoutingModelCache cache, OrganisationDirectory directory)
{
    public const int MaxTextLength = 20_000;

    public async Task<Result<CategorySuggestions>> HandleAsync(CategorySuggestionRequest request, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsInAny([Roles.Registrar, Roles.Dispatcher, Roles.Supervisor, Roles.Admin]))
        {
            return Error.Forbidden("routing.suggest_forbidden", "只有登记、派单或督办人员可以查看类别建议。");
        }

        var length = (request.Subject?.Length ?? 0) + (request.Content?.Length ?? 0);
        if (string.IsNullOrWhiteSpace(request.Subject) && string.IsNullOrWhiteSpace(request.Content))
        {
            return Error.Validation("content", "routing.no_text", "请填写标题或内容后再获取类别建议。");
        }

        if (length > MaxTextLength)
        {
            return Error.Validation("content", "routing.text_too_long", $"标题与内容合计不能超过 {MaxTextLength} 个字符。");
        }

        var loaded = await cache.GetAsync(db, ct);
        if (loaded is null)
        {
            return new CategorySuggestions(null, null, []);
        }

        var names = await directory.GetAsync(ct);
        return new CategorySuggestions(loaded.Stored.Id, loaded.Stored.TrainedAt, Rank(loaded, names, request.Subject, request.Content, request.RegionId));
    }

    /// <summary>The categories <paramref name="loaded"/> proposes for one matter (no role check: also used when a
    /// registration records what was proposed).</summary>
    internal static List<SuggestedCategory> Rank(LoadedRoutingModel loaded, OrganisationDirectory.Snapshot names, string? subject, string? content, int? regionId)
    {
        var ranked = loaded.Model.Suggest(RoutingTexts.Of(subject, content, regionId, names), top: loaded.Model.Labels.Count);
        var categories = new List<SuggestedCategory>();
        foreach (var suggestion in ranked)
        {
            var id = int.Parse(suggestion.Label, CultureInfo.InvariantCulture);
            if (!names.Categories.TryGetValue(id, out var category) || !names.IsSelectable(category))
            {
                continue; // deactivated since the model was trained
            }

            var units = loaded.Units.GetValueOrDefault(suggestion.Label, [])
                .Where(u => names.Units.TryGetValue(u[0], out var unit) && unit.IsActive)
                .Select(u => new SuggestedUnit(u[0], names.UnitName(u[0])!, u[1]))
                .ToList();
            categories.Add(new SuggestedCategory(id, category.Name, names.CategoryPath(id)!, Math.Round(suggestion.Confidence, 4), units));
            if (categories.Count == 3)
            {
                break;
            }
        }

        return categories;
    }
}
