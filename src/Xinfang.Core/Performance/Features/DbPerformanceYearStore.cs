using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;
using Xinfang.Core.Performance.Model;

namespace Xinfang.Core.Performance.Features;

/// <summary>Performance years kept in the database once changed (an indicator bound to live data, …), one JSON row
/// each, so changes survive restarts, are shared by every web instance and are audited.</summary>
public sealed class DbPerformanceYearStore(XinfangDbContext db, TimeProvider clock) : IPerformanceYearStore
{
    public void Save(PerformanceYear year)
    {
        var json = PerformanceYearJson.Write(year);
        var row = db.StoredPerformanceYears.Find(year.Id);
        if (row is null)
        {
            db.StoredPerformanceYears.Add(new StoredPerformanceYear(year.Id, year.FiscalYear, json, clock.GetUtcNow()));
        }
        else
        {
            row.Replace(year.FiscalYear, json, clock.GetUtcNow());
        }

        db.SaveChanges();
    }

    public PerformanceYear? Find(string id) => db.StoredPerformanceYears.Find(id) is { } row ? PerformanceYearJson.Read(row.Json) : null;

    public IReadOnlyList<(string Id, int FiscalYear)> List() =>
        [.. db.StoredPerformanceYears.AsNoTracking().Select(r => new { r.Id, r.FiscalYear }).AsEnumerable().Select(r => (r.Id, r.FiscalYear))];
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

    internal void Replace(int fiscalYear, string json, DateTimeOffset updatedAt)
    {
        FiscalYear = fiscalYear;
        Json = json;
        UpdatedAt = updatedAt;
    }
}
