using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Cases.Features;

/// <summary>One case with its deadlines and timeline, within the actor's scope. Showing petitioners'
/// personal data in full is itself audited.</summary>
public sealed class GetCase(XinfangDbContext db, CaseDetailViews views)
{
    public async Task<Result<CaseDetailView>> HandleAsync(string caseKey, Actor actor, CancellationToken ct = default)
    {
        var @case = await CaseLoader.LoadByNumberOrIdAsync(db, caseKey, ct);
        if (@case is null)
        {
            return Error.NotFound("case.not_found", $"信访事项 {caseKey} 不存在。");
        }

        if (!actor.Scope.CanSee(@case))
        {
            return CaseAccess.OutOfScope();
        }

        return await views.ShowAsync(@case, actor, ct);
    }
}
