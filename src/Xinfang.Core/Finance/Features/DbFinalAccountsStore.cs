using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Finance.Import;
using Xinfang.Core.Finance.Model;

namespace Xinfang.Core.Finance.Features;

/// <summary>Final accounts kept in the database, one row per department-year in the documented JSON format
/// (docs/finance.md), so edits and imports survive restarts, are shared by every web instance and are audited. The
/// row's revision is a concurrency token: of two saves over the same revision only the first lands.</summary>
public sealed class DbFinalAccountsStore(XinfangDbContext db, TimeProvider clock) : IFinalAccountsStore
{
    public async Task<Result<StoredAccounts>> SaveAsync(FinalAccounts accounts, int? expectedRevision, CancellationToken ct = default)
    {
        var json = FinalAccountsJson.Write(accounts);
        var row = await db.StoredFinalAccounts.FirstOrDefaultAsync(r => r.Id == accounts.Id, ct);
        if (expectedRevision is { } expected && expected != (row?.Revision ?? 0))
        {
            return FinalAccountsErrors.Stale(accounts.Id);
        }

        var adding = row is null;
        if (row is null)
        {
            row = new StoredFinalAccounts(accounts.Id, accounts.FiscalYear, accounts.DepartmentName, json, clock.GetUtcNow());
            db.StoredFinalAccounts.Add(row);
        }
        else
        {
            row.Replace(accounts.FiscalYear, accounts.DepartmentName, json, clock.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved elsewhere since this save read the row.
            db.ChangeTracker.Clear();
            return FinalAccountsErrors.Stale(accounts.Id);
        }
        catch (DbUpdateException) when (adding)
        {
            db.ChangeTracker.Clear();
            if (await db.StoredFinalAccounts.AnyAsync(r => r.Id == accounts.Id, ct))
            {
                return FinalAccountsErrors.Stale(accounts.Id); // first stored elsewhere at the same moment
            }

            throw;
        }

        return new StoredAccounts(accounts, row.Revision);
    }

    public async Task<StoredAccounts?> FindAsync(string id, CancellationToken ct = default) =>
        await db.StoredFinalAccounts.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } row ? Read(row) : null;

    public async Task<IReadOnlyList<StoredAccounts>> AllAsync(CancellationToken ct = default) =>
        [.. (await db.StoredFinalAccounts.AsNoTracking().OrderBy(r => r.Id).ToListAsync(ct)).Select(Read)];

    public async Task<bool> RemoveAsync(string id, CancellationToken ct = default)
    {
        var row = await db.StoredFinalAccounts.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (row is null)
        {
            return false;
        }

        db.StoredFinalAccounts.Remove(row);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static StoredAccounts Read(StoredFinalAccounts row)
    {
        var result = FinalAccountsJson.Read(row.Json);
        return result.IsSuccess
            ? new StoredAccounts(result.Value, row.Revision)
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

    /// <summary>1 at the first save, one more at each save after (a concurrency token).</summary>
    public int Revision { get; private set; }

    internal void Replace(int fiscalYear, string departmentName, string json, DateTimeOffset updatedAt)
    {
        FiscalYear = fiscalYear;
        DepartmentName = departmentName;
        Json = json;
        UpdatedAt = updatedAt;
        Revision++;
    }
}
