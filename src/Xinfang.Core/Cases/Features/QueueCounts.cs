using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Calendar;

namespace Xinfang.Core.Cases.Features;

/// <summary>How many cases wait in each queue for this actor (within their data scope).</summary>
public sealed class QueueCounts(XinfangDbContext db, TimeProvider clock, DeadlinePolicy policy, OrganisationDirectory directory)
{
    public static readonly IReadOnlyList<CaseQueue> Shown =
    [
        CaseQueue.ToDispose, CaseQueue.ToComplete, CaseQueue.ToSign, CaseQueue.ToAccept, CaseQueue.InProgress,
        CaseQueue.DueSoon, CaseQueue.Overdue, CaseQueue.ToCallBack, CaseQueue.InReview,
    ];

    public async Task<IReadOnlyDictionary<CaseQueue, int>> HandleAsync(Actor actor, CancellationToken ct = default)
    {
        var names = await directory.GetAsync(ct);
        var now = clock.GetUtcNow();
        var counts = new Dictionary<CaseQueue, int>();
        var districtWide = CaseScope.UnitRows(db, actor.Scope) is null;
        // 待补录 is the bureau's registrars' queue: a unit never holds such a case.
        foreach (var queue in Shown.Where(q => districtWide || q != CaseQueue.ToComplete))
        {
            counts[queue] = CaseQueues.UnitRows(db, actor.Scope, queue, now, policy.Settings.DueSoonDays) is { } units
                ? await units.CountAsync(ct)
                : await ListCases.Filter(db, actor.Scope, new CaseListQuery(queue), names, now, policy.Settings.DueSoonDays).CountAsync(ct);
        }

        return counts;
    }

    public static string ChineseName(CaseQueue queue) => queue switch
    {
        CaseQueue.ToDispose => "待处理",
        CaseQueue.ToComplete => "待补录",
        CaseQueue.ToSign => "待签收",
        CaseQueue.ToAccept => "待受理",
        CaseQueue.InProgress => "办理中",
        CaseQueue.DueSoon => "临期",
        CaseQueue.Overdue => "超期",
        CaseQueue.ToCallBack => "待回访",
        CaseQueue.InReview => "复查复核",
        _ => "全部",
    };
}
