using System.Collections.Concurrent;
using Xinfang.Core.Common;
using Xinfang.Core.Finance.Model;

namespace Xinfang.Core.Finance.Features;

/// <summary>Stored accounts and the revision they were saved at (1 for the first save; a sample never saved is 0).</summary>
public sealed record StoredAccounts(FinalAccounts Accounts, int Revision);

/// <summary>Where accepted final accounts are kept (by department and year): <see cref="DbFinalAccountsStore"/> in the
/// platform, <see cref="InMemoryFinalAccountsStore"/> in unit tests.</summary>
public interface IFinalAccountsStore
{
    /// <summary>Stores the accounts. With <paramref name="expectedRevision"/> the save is refused with a conflict
    /// (<c>finance.stale_revision</c>, HTTP 409 as for a case) when another save came in between; without it (an import
    /// replacing a department-year) it replaces whatever is stored.</summary>
    Task<Result<StoredAccounts>> SaveAsync(FinalAccounts accounts, int? expectedRevision, CancellationToken ct = default);
    Task<StoredAccounts?> FindAsync(string id, CancellationToken ct = default);
    Task<IReadOnlyList<StoredAccounts>> AllAsync(CancellationToken ct = default);
    /// <summary>Forgets the stored accounts; returns whether there were any.</summary>
    Task<bool> RemoveAsync(string id, CancellationToken ct = default);
}

public static class FinalAccountsErrors
{
    public static Error Stale(string id) =>
        Error.Conflict("finance.stale_revision", $"“{id}”的决算数据已被他人修改，请刷新后重新填写。");
}

/// <summary>Thread-safe, for unit tests and one-shot commands.</summary>
public sealed class InMemoryFinalAccountsStore : IFinalAccountsStore
{
    private readonly ConcurrentDictionary<string, StoredAccounts> _items = [];

    public Task<Result<StoredAccounts>> SaveAsync(FinalAccounts accounts, int? expectedRevision, CancellationToken ct = default)
    {
        while (true)
        {
            var current = _items.GetValueOrDefault(accounts.Id);
            var revision = current?.Revision ?? 0;
            if (expectedRevision is { } expected && expected != revision)
            {
                return Task.FromResult<Result<StoredAccounts>>(FinalAccountsErrors.Stale(accounts.Id));
            }

            var next = new StoredAccounts(accounts, revision + 1);
            if (current is null ? _items.TryAdd(accounts.Id, next) : _items.TryUpdate(accounts.Id, next, current))
            {
                return Task.FromResult<Result<StoredAccounts>>(next);
            }
        }
    }

    public Task<StoredAccounts?> FindAsync(string id, CancellationToken ct = default) => Task.FromResult(_items.GetValueOrDefault(id));

    public Task<IReadOnlyList<StoredAccounts>> AllAsync(CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<StoredAccounts>>([.. _items.Values.OrderBy(a => a.Accounts.Id, StringComparer.Ordinal)]);

    public Task<bool> RemoveAsync(string id, CancellationToken ct = default) => Task.FromResult(_items.TryRemove(id, out _));
}
