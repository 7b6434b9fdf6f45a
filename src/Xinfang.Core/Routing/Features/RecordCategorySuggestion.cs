using Xinfang.Core.Cases;
using Xinfang.Core.Data;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Routing.Features;

/// <summary>Keeps, in the registration's transaction, the categories the model proposed for each new case: compared later
/// with the category the registrar chose, they measure the model live.</summary>
public sealed class RecordCategorySuggestion(XinfangDbContext db, RoutingModelCache cache, OrganisationDirectory directory, TimeProvider clock)
    : ICaseRegistrationObserver
{
    public async Task RegisteredAsync(IReadOnlyList<Case> cases, CancellationToken ct)
    {
        if (await cache.GetAsync(db, ct) is not { } loaded)
        {
            return;
        }

        var names = await directory.GetAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var @case in cases)
        {
            var top = SuggestCategories.Rank(loaded, names, @case.Subject, @case.Content, @case.RegionId);
            if (top.Count > 0)
            {
                db.CategorySuggestions.Add(new CategorySuggestionRecord(@case.Id, loaded.Stored.Id, now, [.. top.Select(t => (t.CategoryId, t.Confidence))]));
            }
        }
    }
}
