using System.Collections.Concurrent;
using Xinfang.Core.Finance.Model;

namespace Xinfang.Core.Finance.Features;

/// <summary>Where accepted final accounts are kept (by department and year): <see cref="DbFinalAccountsStore"/> in the
/// platform, <see cref="InMemoryFinalAccountsStore"/> in unit tests.</summary>
public interface IFinalAccountsStore
{
    void Save(FinalAccounts accounts);
    FinalAccounts? Find(string id);
    IReadOnlyList<FinalAccounts> All();
    /// <summary>Forgets the stored accounts; returns whether there were any.</summary>
    bool Remove(string id);
}

/// <summary>Thread-safe, for unit tests and one-shot commands.</summary>
public sealed class InMemoryFinalAccountsStore : IFinalAccountsStore
{
    private readonly ConcurrentDictionary<string, FinalAccounts> _items = [];

    public void Save(FinalAccounts accounts) => _items[accounts.Id] = accounts;
    public FinalAccounts? Find(string id) => _items.GetValueOrDefault(id);
    public IReadOnlyList<FinalAccounts> All() => [.. _items.Values.OrderBy(a => a.Id, StringComparer.Ordinal)];
    public bool Remove(string id) => _items.TryRemove(id, out _);
}
