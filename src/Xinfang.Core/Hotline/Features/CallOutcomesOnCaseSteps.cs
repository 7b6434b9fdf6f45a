using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Data;

namespace Xinfang.Core.Hotline.Features;

/// <summary>A case registered from a call that is closed (or reopened) changes that call's first-contact resolution:
/// the call's hour is marked for the figures' sums, in the step's transaction.</summary>
public sealed class CallOutcomesOnCaseSteps(XinfangDbContext db, HotlineFigureSummaries summaries) : ICaseStepObserver
{
    public async Task StepTakenAsync(Case @case, CaseAction action, CaseStatus before, CancellationToken ct)
    {
        if (@case.Channel != Channel.Hotline96097 || Settled(before) == Settled(@case.Status))
        {
            return;
        }

        var starts = await db.HotlineCalls.AsNoTracking().Where(c => c.CaseId == @case.Id).Select(c => c.StartAt).ToListAsync(ct);
        summaries.OutcomesChanged(starts);
    }

    private static bool Settled(CaseStatus status) => status is CaseStatus.Closed or CaseStatus.Final;
}
