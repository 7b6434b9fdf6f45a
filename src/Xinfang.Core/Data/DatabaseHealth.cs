namespace Xinfang.Core.Data;

/// <summary>Whether the database answers (the liveness endpoint).</summary>
public sealed class DatabaseHealth(XinfangDbContext db, DatabaseSettings settings)
{
    public DatabaseProvider Provider => settings.Provider;

    public Task<bool> CanConnectAsync(CancellationToken ct) => db.Database.CanConnectAsync(ct);
}
