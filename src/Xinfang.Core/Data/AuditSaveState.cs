using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace Xinfang.Core.Data;

/// <summary>What the audit interceptor keeps between the start and the end of one SaveChanges of one context
/// (the interceptor itself is shared by every context of the pool).</summary>
internal sealed class AuditSaveState
{
    /// <summary>Rows added in this SaveChanges whose keys the database generates; their lines follow the insert.</summary>
    public List<EntityEntry> AwaitingKeys { get; private set; } = [];

    /// <summary>The transaction the interceptor opened to keep such rows and their lines together, if any.</summary>
    public IDbContextTransaction? OwnTransaction { get; set; }

    public List<EntityEntry> TakeAwaitingKeys()
    {
        var added = AwaitingKeys;
        AwaitingKeys = [];
        return added;
    }

    /// <summary>Disposing an uncommitted transaction rolls it back.</summary>
    public void EndOwnTransaction()
    {
        OwnTransaction?.Dispose();
        OwnTransaction = null;
    }

    public void Clear()
    {
        AwaitingKeys = [];
        EndOwnTransaction();
    }
}
