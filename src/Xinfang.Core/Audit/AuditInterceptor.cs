using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Xinfang.Core.Data;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Audit;

/// <summary>
/// Appends an audit line for every added, changed or deleted row, in the same SaveChanges (and so the same
/// transaction) as the change itself, and refuses any attempt to change or delete an audit line.
/// Personal data is written masked, never in the clear.
/// </summary>
public sealed class AuditInterceptor(ActorAccessor actors, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> PersonalProperties = ["IdNumber", "Phone", "Address"];
    private static readonly HashSet<string> SecretProperties = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "IdNumberHash", "PhoneHash"];

    private static readonly JsonSerializerOptions SnapshotJson = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AppendAudit(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AppendAudit(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AppendAudit(DbContext? context)
    {
        if (context is not XinfangDbContext db)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        foreach (var entry in entries.Where(e => e.Entity is AuditEntry && e.State != EntityState.Added))
        {
            throw new InvalidOperationException("The audit trail is append-only: an audit line cannot be changed or deleted.");
        }

        var actor = actors.Actor;
        var now = clock.GetUtcNow();
        foreach (var entry in entries.Where(e => e.Entity is not AuditEntry))
        {
            var line = new AuditEntry(now, actor.UserId, actor.UserName, entry.State.ToString(), entry.Metadata.ClrType.Name,
                EntityId(entry), Snapshot(entry, original: true), Snapshot(entry, original: false));
            line.SealWith(db.Protector.Seal(line.Canonical()));
            db.AuditEntries.Add(line);
        }

        foreach (var added in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added && e.Entity.Seal.Length == 0))
        {
            added.Entity.SealWith(db.Protector.Seal(added.Entity.Canonical()));
        }
    }

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

    private static string? Snapshot(EntityEntry entry, bool original)
    {
        if ((original && entry.State == EntityState.Added) || (!original && entry.State == EntityState.Deleted))
        {
            return null;
        }

        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (SecretProperties.Contains(name) || property.IsTemporary)
            {
                continue;
            }

            if (entry.State == EntityState.Modified && !property.IsModified)
            {
                continue;
            }

            var value = original ? property.OriginalValue : property.CurrentValue;
            // Binary content (an attachment's bytes) is recorded by its length; its SHA-256 is on the attachment's own line.
            values[name] = PersonalProperties.Contains(name) ? Mask(name, value as string)
                : value is byte[] bytes ? $"({bytes.Length} bytes)"
                : value;
        }

        return JsonSerializer.Serialize(values, SnapshotJson);
    }

    private static string? Mask(string property, string? value) => property switch
    {
        "IdNumber" => PersonalDataMask.IdNumber(value),
        "Phone" => PersonalDataMask.Phone(value),
        _ => PersonalDataMask.Address(value),
    };
}
