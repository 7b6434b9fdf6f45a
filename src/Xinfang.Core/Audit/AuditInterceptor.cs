using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Xinfang.Core.Data;

namespace Xinfang.Core.Audit;

/// <summary>
/// Appends an audit line for every added, changed or deleted row, in the same transaction as the change itself,
/// and refuses any attempt to change or delete an audit line. Personal data is written masked, never in the clear.
/// A row whose key the database generates (a unit, an account, a category) is written first and its line right
/// after, once the key is known, inside one transaction, so that its line names it.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (AppendAudit(eventData.Context) is { } db && db.AuditState.AwaitingKeys.Count > 0 && db.Database.CurrentTransaction is null)
        {
            db.AuditState.OwnTransaction = db.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (AppendAudit(eventData.Context) is { } db && db.AuditState.AwaitingKeys.Count > 0 && db.Database.CurrentTransaction is null)
        {
            db.AuditState.OwnTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is XinfangDbContext db && db.AuditState.TakeAwaitingKeys() is { Count: > 0 } added)
        {
            AppendAddedLines(db, added);
            db.SaveChanges();
            db.AuditState.OwnTransaction?.Commit();
            db.AuditState.EndOwnTransaction();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is XinfangDbContext db && db.AuditState.TakeAwaitingKeys() is { Count: > 0 } added)
        {
            AppendAddedLines(db, added);
            await db.SaveChangesAsync(cancellationToken);
            if (db.AuditState.OwnTransaction is { } own)
            {
                await own.CommitAsync(cancellationToken);
            }

            db.AuditState.EndOwnTransaction();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        (eventData.Context as XinfangDbContext)?.AuditState.Clear();
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void AppendAddedLines(XinfangDbContext db, List<EntityEntry> added)
    {
        if (added.Any(e => e.State == EntityState.Added))
        {
            // Saving the lines would insert these rows a second time.
            throw new InvalidOperationException("SaveChanges(acceptAllChangesOnSuccess: false) is not supported for rows with generated keys: their audit lines follow the insert.");
        }

        var actor = db.Actor;
        var now = clock.GetUtcNow();
        foreach (var entry in added)
        {
            var line = new AuditEntry(now, actor.UserId, actor.UserName, nameof(EntityState.Added), entry.Metadata.ClrType.Name,
                EntityId(entry), null, Snapshot(entry, original: false, EntityState.Added));
            line.SealWith(db.Protector.Seal(line.Canonical()));
            db.AuditEntries.Add(line);
        }
    }

    private XinfangDbContext? AppendAudit(DbContext? context)
    {
        if (context is not XinfangDbContext db)
        {
            return null;
        }

        db.ChangeTracker.DetectChanges();
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        foreach (var entry in entries.Where(e => e.Entity is AuditEntry && e.State != EntityState.Added))
        {
            throw new InvalidOperationException("The audit trail is append-only: an audit line cannot be changed or deleted.");
        }

        var actor = db.Actor;
        var now = clock.GetUtcNow();
        foreach (var entry in entries.Where(e => e.Entity is not AuditEntry && !IsDerived(e)))
        {
            if (entry.State == EntityState.Added && EntityId(entry) is null && entry.Metadata.FindPrimaryKey() is not null)
            {
                db.AuditState.AwaitingKeys.Add(entry);
                continue;
            }

            var line = new AuditEntry(now, actor.UserId, actor.UserName, entry.State.ToString(), entry.Metadata.ClrType.Name,
                EntityId(entry), Snapshot(entry, original: true, entry.State), Snapshot(entry, original: false, entry.State));
            line.SealWith(db.Protector.Seal(line.Canonical()));
            db.AuditEntries.Add(line);
        }

        foreach (var added in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added && e.Entity.Seal.Length == 0))
        {
            added.Entity.SealWith(db.Protector.Seal(added.Entity.Canonical()));
        }

        return db;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> Derived = new();

    // Every save asks for every row: the attribute is read once per entity type.
    private static bool IsDerived(EntityEntry entry) =>
        Derived.GetOrAdd(entry.Metadata.ClrType, type => Attribute.IsDefined(type, typeof(DerivedDataAttribute), inherit: false));

    private static string? EntityId(EntityEntry entry)
    {
        // Child rows of a case are filed under the case's id, which the client generates.
        var caseId = entry.Metadata.FindProperty("CaseId");
        if (caseId is not null)
        {
            return entry.Property("CaseId").CurrentValue?.ToString();
        }

        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return null;
        }

        var values = key.Properties.Select(p => entry.Property(p.Name)).ToList();
        return values.Any(v => v.IsTemporary) ? null : string.Join(",", values.Select(v => v.CurrentValue));
    }

    private static string? Snapshot(EntityEntry entry, bool original, EntityState state)
    {
        if ((original && state == EntityState.Added) || (!original && state == EntityState.Deleted))
        {
            return null;
        }

        return AuditSnapshot.Of(entry.Properties
            .Where(p => !p.IsTemporary && (state != EntityState.Modified || p.IsModified))
            .Select(p => (p.Metadata.Name, original ? p.OriginalValue : p.CurrentValue)));
    }
}
