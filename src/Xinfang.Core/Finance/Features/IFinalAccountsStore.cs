using Xinfang.Core.Finance.Model;

namespace Xinfang.Core.Finance.Features;

/// <summary>Where accepted final accounts are kept (by department and year). The database-backed implementation
/// comes with the web UI; the CLI and tests use <see cref="InMemoryFinalAccountsStore"/>.</summary>
public interface IFinalAccountsStore
{
    void Save(FinalAccounts accounts);
    FinalAccounts? Find(string id);
    IReadOnlyList<FinalAccounts> All();
}

public sealed class InMemoryFinalAccountsStore : IFinalAccountsStore
{
    private readonly Dictionary<string, FinalAccounts> _items = [];

    public void Save(FinalAccounts accounts) => _items[accounts.Id] = accounts;
    public FinalAccounts? Find(string id) => _items.GetValueOrDefault(id);
    public IReadOnlyList<FinalAccounts> All() => [.. _items.Values];
}
