using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Cases.Features;

/// <summary>What the three rates read of one case: its receipt, rate facts and the two deadlines whose lapse counts.</summary>
public sealed class RateRow
{
    public DateTimeOffset ReceivedAt { get; init; }
    public int ReceivedMonth { get; init; }
    public RateFacts RateFacts { get; init; }
    public DateOnly? AcceptDue { get; init; }
    public DateOnly? ReplyDue { get; init; }
}

/// <summary>The rows the three rates count within a data scope, one per case: district-wide the cases themselves;
/// for a unit or a township the units' copies (<see cref="CaseUnit"/>), read from their own index instead of
/// searching the district's cases for those dispatched there.</summary>
public static class RateRows
{
    public static IQueryable<RateRow> Of(XinfangDbContext db, DataScope scope, int? leadUnit)
    {
        if (leadUnit is null && CaseScope.UnitRows(db, scope) is { } units)
        {
            return units.Select(u => new RateRow
            {
                ReceivedAt = u.ReceivedAt, ReceivedMonth = u.ReceivedMonth, RateFacts = u.RateFacts, AcceptDue = u.AcceptDue, ReplyDue = u.ReplyDue,
            });
        }

        var cases = db.Cases.VisibleTo(scope);
        if (leadUnit is { } unit)
        {
            cases = cases.Where(c => c.LeadUnitId == unit);
        }

        return cases.Select(c => new RateRow
        {
            ReceivedAt = c.ReceivedAt, ReceivedMonth = c.ReceivedMonth, RateFacts = c.RateFacts, AcceptDue = c.AcceptDue, ReplyDue = c.ReplyDue,
        });
    }
}
