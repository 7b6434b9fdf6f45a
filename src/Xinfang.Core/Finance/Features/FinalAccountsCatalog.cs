using Xinfang.Core.Finance.Model;

namespace Xinfang.Core.Finance.Features;

/// <summary>Where a department-year comes from: a built-in sample as shipped, a sample edited and saved, or a file
/// imported.</summary>
public enum FinalAccountsOrigin
{
    Sample,
    EditedSample,
    Imported,
}

/// <summary>A department-year, where it comes from, and the stored revision it was read at (0: a sample never saved).
/// An edit sends the revision back, so that a save over a newer one is refused.</summary>
public sealed record CatalogEntry(FinalAccounts Accounts, FinalAccountsOrigin Origin, int Revision);

/// <summary>The department-years the Finance pages work on: the store's, and the built-in samples not saved over.</summary>
public sealed class FinalAccountsCatalog(IFinalAccountsStore store)
{
    public async Task<CatalogEntry?> FindAsync(string id, CancellationToken ct = default) =>
        await store.FindAsync(id, ct) is { } stored
            ? Entry(stored)
            : SampleCatalog.Find(id) is { } sample ? new CatalogEntry(sample, FinalAccountsOrigin.Sample, 0) : null;

    public async Task<IReadOnlyList<CatalogEntry>> AllAsync(CancellationToken ct = default)
    {
        var stored = await store.AllAsync(ct);
        var samples = SampleCatalog.Samples.Keys.Where(id => stored.All(s => s.Accounts.Id != id))
            .Select(id => new CatalogEntry(SampleCatalog.Find(id)!, FinalAccountsOrigin.Sample, 0));
        return [.. samples.Concat(stored.Select(Entry)).OrderBy(e => e.Accounts.Id, StringComparer.Ordinal)];
    }

    /// <summary>Drops the saved edits of a sample, so the sample is used as shipped again.</summary>
    public async Task<bool> ResetSampleAsync(string id, CancellationToken ct = default) =>
        SampleCatalog.Samples.ContainsKey(id) && await store.RemoveAsync(id, ct);

    private static CatalogEntry Entry(StoredAccounts stored) => new(stored.Accounts,
        SampleCatalog.Samples.ContainsKey(stored.Accounts.Id) ? FinalAccountsOrigin.EditedSample : FinalAccountsOrigin.Imported, stored.Revision);
}
