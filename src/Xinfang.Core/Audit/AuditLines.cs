using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Audit;

/// <summary>
/// The audit lines of rows written in bulk, outside SaveChanges (a channel's batch on PostgreSQL): the same line, with
/// the same snapshot and seal, that <see cref="AuditInterceptor"/> writes for each added row — its key the database
/// generates left out, a case's child row filed under the case.
/// </summary>
public static class AuditLines
{
    public static AuditEntry Added(XinfangDbContext db, Actor actor, DateTimeOffset now, object entity, Guid? caseId = null)
    {
        var type = db.Model.FindEntityType(entity.GetType()) ?? throw new InvalidOperationException($"{entity.GetType().Name} is not mapped.");
        var properties = type.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToList();
        var snapshot = AuditSnapshot.Of(properties.Select(p => (p.Name, p.Name == "CaseId" && caseId is { } id ? id : p.GetGetter().GetClrValue(entity))));
        var key = caseId?.ToString() ?? string.Join(",", type.FindPrimaryKey()!.Properties.Select(p => p.GetGetter().GetClrValue(entity)));
        var line = new AuditEntry(now, actor.UserId, actor.UserName, nameof(EntityState.Added), type.ClrType.Name, key, null, snapshot);
        line.SealWith(db.Protector.Seal(line.Canonical()));
        return line;
    }
}
