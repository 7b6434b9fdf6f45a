using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Performance.Model;

namespace Xinfang.Core.Performance.Features;

/// <summary>Performance years kept in the database once changed (an indicator bound to live data, …), one JSON row
/// each, so changes survive restarts, are shared by every web instance and are audited. The row's revision is a
/// concurrency token: of two saves over the same revision only the first lands.</summary>
public sealed class DbPerformanceYearStore(XinfangDbContext db, TimeProvider clock) : IPerformanceYearStore
{
    public async Task<Result<StoredYear>> SaveAsync(PerformanceYear year, int? expectedRevision, CancellationToken ct = default)
    {
        var json = PerformanceYearJson.Write(year);
        var row = await db.StoredPerformanceYears.FirstOrDefaultAsync(r => r.Id == year.Id, ct);
        if (expectedRevision is { } expected && expected != (row?.Revision ?? 0))
        {
            return PerformanceYearErrors.Stale(year.Id);
        }

        var adding = row is null;
        if (row is null)
        {
            row = new StoredPerformanceYear(year.Id, year.FiscalYear, json, clock.GetUtcNow());
            db.StoredPerformanceYears.Add(row);
        }
        else
        {
            row.Replace(year.FiscalYear, json, clock.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return PerformanceYearErrors.Stale(year.Id);
        }
        catch (DbUpdateException) when (adding)
        {
            db.ChangeTracker.Clear();
            if (await db.StoredPerformanceYears.AnyAsync(r => r.Id == year.Id, ct))
            {
                return PerformanceYearErrors.Stale(year.Id); // first stored elsewhere at the same moment
            }

            throw;
        }

        return new StoredYear(year, row.Revision);
    }

    public async Task<StoredYear?> FindAsync(string id, CancellationToken ct = default) =>
        await db.StoredPerformanceYears.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } row
            ? new StoredYear(PerformanceYearJson.Read(row.Json), row.Revision)
            : null;

    public async Task<IReadOnlyList<(string Id, int FiscalYear)>> ListAsync(CancellationToken ct = default) =>
        [.. (await db.StoredPerformanceYears.AsNoTracking().Select(r => new { r.Id, r.FiscalYear }).ToListAsync(ct)).Select(r => (r.Id, r.FiscalYear))];
}

public sealed class StoredPerformanceYear
{
    private StoredPerformanceYear() { }

    public StoredPerformanceYear(string id, int fiscalYear, string json, DateTimeOffset updatedAt)
    {
        Id = id;
        Replace(fiscalYear, json, updatedAt);
    }

    public string Id { get; private set; } = "";
    public int FiscalYear { get; private set; }
    public string Json { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>1 at the first save, one more at each save after (a concurrency token).</summary>
    public int Revision { get; private set; }

    internal void Replace(int fiscalYear, string json, DateTimeOffset updatedAt)
    {
        FiscalYear = fiscalYear;
        Json = json;
        UpdatedAt = updatedAt;
        Revision++;
    }
}
