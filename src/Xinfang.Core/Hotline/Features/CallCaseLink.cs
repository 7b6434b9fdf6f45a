using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Data;

namespace Xinfang.Core.Hotline.Features;

/// <summary>A case registered from a call (channel 96097, the call's id as its external reference) is linked to the call
/// in the registration's transaction: the call shows its case, the case its call.</summary>
public sealed class CallCaseLink(XinfangDbContext db, TimeProvider clock, HotlineFigureSummaries summaries) : ICaseRegistrationObserver
{
    public async Task RegisteredAsync(IReadOnlyList<Case> cases, CancellationToken ct)
    {
        foreach (var @case in cases.Where(c => c.Channel == Channel.Hotline96097 && c.ExternalReference is not null))
        {
            var call = await db.HotlineCalls.FirstOrDefaultAsync(c => c.UniqueId == @case.ExternalReference && c.CaseId == null, ct);
            if (call is not null)
            {
                call.LinkCase(@case.Id, clock.GetUtcNow());
                summaries.OutcomesChanged([call.StartAt]);
            }
        }
    }
}
