using Xinfang.Core.Data;
using Xinfang.Core.Finance.Import;
using Xinfang.Core.Finance.Model;

namespace Xinfang.Core.Finance.Features;

/// <summary>Final accounts kept in the database, one row per department-year in the documented JSON format
/// (docs/finance.md), so edits and imports survive restarts, are shared by every web instance and are audited.</summary>
public sealed class DbFinalAccountsStore(XinfangDbContext db, TimeProvider clock) : IFinalAccountsStore
{
    public void Save(FinalAccounts accounts)
    {
        var json = FinalAccountsJson.Write(accounts);
        var row = db.StoredFinalAccounts.Find(accounts.Id);
        if (row is null)
        {
            db.StoredFinalAccounts.Add(new StoredFinalAccounts(accounts.Id, accounts.FiscalYear, accounts.DepartmentName, json, clock.GetUtcNow()));
        }
        else
        {
            row.Replace(accounts.FiscalYear, accounts.DepartmentName, json, clock.GetUtcNow());
        }

        db.SaveChanges();
    }

    public FinalAccounts? Find(string id) => db.StoredFinalAccounts.Find(id) is { } row ? Read(row) : null;

    public IReadOnlyList<FinalAccounts> All() => [.. db.StoredFinalAccounts.OrderBy(r => r.Id).AsEnumerable().Select(Read)];

    public bool Remove(string id)
    {
        var row = db.StoredFinalAccounts.Find(id);
        if (row is null)
        {
            return false;
        }

        db.StoredFinalAccounts.Remove(row);
        db.SaveChanges();
        return true;
    }

    private static FinalAccounts Read(StoredFinalAccounts row)
    {
        var result = FinalAccountsJson.Read(row.Json);
        return result.IsSuccess
            ? result.Value
            : throw new InvalidDataException($"Stored final accounts {row.Id} no longer read: {result.FirstError.Message}");
    }
}

public sealed class StoredFinalAccounts
{
    private StoredFinalAccounts() { }

    public StoredFinalAccounts(string id, int fiscalYear, string departmentName, string json, DateTimeOffset updatedAt)
    {
        Id = id;
        Replace(fiscalYear, departmentName, json, updatedAt);
    }

    public string Id { get; private set; } = "";
    public int FiscalYear { get; private set; }
    public string DepartmentName { get; private set; } = "";
    public string Json { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    internal void Replace(int fiscalYear, string departmentName, string json, DateTimeOffset updatedAt)
    {
        FiscalYear = fiscalYear;
        DepartmentName = departmentName;
        Json = json;
        UpdatedAt = updatedAt;
    }
}
