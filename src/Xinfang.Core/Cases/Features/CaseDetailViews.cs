using Xinfang.Core.Audit;
using Xinfang.Core.Calendar;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Cases.Features;

/// <summary>The case page's view, built in one place for every use case that answers with a case (read, register,
/// act), so that showing petitioners' personal data in full is always recorded as a read.</summary>
public sealed class CaseDetailViews(XinfangDbContext db, TimeProvider clock, DeadlinePolicy policy, OrganisationDirectory directory)
{
    /// <summary>The view of a stored case; personal data shown unmasked is an audited read (SPEC §4.3).</summary>
    public async Task<CaseDetailView> ShowAsync(Case @case, Actor actor, CancellationToken ct)
    {
        var view = await EchoAsync(@case, actor, ct);
        if (!view.PersonalDataMasked && @case.Petitioners.Count > 0)
        {
            await AuditTrail.RecordReadAsync(db, clock, actor, nameof(Case), @case.Id.ToString(), $"查看{@case.Number}信访人个人信息", ct);
        }

        return view;
    }

    /// <summary>The view of a case the actor has just registered: it shows back what they typed, and its creation is
    /// already on the trail, so it is not recorded again as a read.</summary>
    public async Task<CaseDetailView> EchoAsync(Case @case, Actor actor, CancellationToken ct) =>
        CaseViews.Detail(@case, actor, clock.GetUtcNow(), await directory.GetAsync(ct), policy);
}

/// <summary>What the caller of a use case does with the case view it gets back.</summary>
public enum CaseViewUse
{
    /// <summary>Shows it (an API answer): personal data shown unmasked is recorded as a read.</summary>
    Shown,

    /// <summary>Does not show it (the page reloads the case, which records its own read, or shows only a notice).</summary>
    NotShown,
}
