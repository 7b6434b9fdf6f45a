using Xinfang.Core.Audit;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Calendar;

namespace Xinfang.Core.Cases.Features;

/// <summary>One case with its deadlines and timeline, within the actor's scope. Showing petitioners'
/// personal data in full is itself audited.</summary>
public sealed class GetCase(XinfangDbContext db, TimeProvider clock, DeadlinePolicy policy, OrganisationDirectory directory)
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

        var view = ToView(@case, actor, await directory.GetAsync(db, ct));
        if (!view.PersonalDataMasked && @case.Petitioners.Count > 0)
        {
            await AuditTrail.RecordReadAsync(db, clock, actor, nameof(Case), @case.Id.ToString(), $"查看{@case.Number}信访人个人信息", ct);
        }

        return view;
    }

    public CaseDetailView ToView(Case @case, Actor actor, OrganisationDirectory.Snapshot names) =>
        CaseViews.Detail(@case, actor, clock.GetUtcNow(), names, policy);
}
