using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Calendar;
using Xinfang.Core.Data;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Cases.Features;

/// <summary>What Calendar and Organisation ask of the cases, through their own interfaces.</summary>
public sealed class CaseCounts(XinfangDbContext db) : ICasesDueInYear, IUnitCaseHistory
{
    public Task<int> CountAsync(int year, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return db.Cases.CountAsync(c => c.DueDate >= first && c.DueDate <= last, ct);
    }

    public Task<bool> HasHandledCasesAsync(int unitId, CancellationToken ct) => db.CaseUnits.AnyAsync(u => u.UnitId == unitId, ct);
}
