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

public sealed record CatalogEntry(FinalAccounts Accounts, FinalAccountsOrigin Origin);

/// <summary>The department-years the Finance pages work on: the store's, and the built-in samples not saved over.</summary>
public sealed class FinalAccountsCatalog(IFinalAccountsStore store)
{
    public CatalogEntry? Find(string id)
    {
        if (store.Find(id) is { } stored)
        {
            return new CatalogEntry(stored, SampleCatalog.Samples.ContainsKey(id) ? FinalAccountsOrigin.EditedSample : FinalAccountsOrigin.Imported);
        }
        return SampleCatalog.Find(id) is { } sample ? new CatalogEntry(sample, FinalAccountsOrigin.Sample) : null;
    }

    public IReadOnlyList<CatalogEntry> All()
    {
        var stored = store.All();
        var samples = SampleCatalog.Samples.Keys.Where(id => stored.All(a => a.Id != id)).Select(id => Find(id)!);
        return [.. samples.Concat(stored.Select(a => Find(a.Id)!)).OrderBy(e => e.Accounts.Id, StringComparer.Ordinal)];
    }

    /// <summary>Drops the saved edits of a sample, so the sample is used as shipped again.</summary>
    public bool ResetSample(string id) => SampleCatalog.Samples.ContainsKey(id) && store.Remove(id);
}
