using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Audit;

public static class AuditTrail
{
    public const string ReadPersonalData = "ReadPersonalData";
    public const string DownloadAttachment = "DownloadAttachment";

    /// <summary>Appends a line for a read of personal data (a change is recorded by <see cref="AuditInterceptor"/>).</summary>
    public static Task RecordReadAsync(XinfangDbContext db, TimeProvider clock, Actor actor, string entityType, string entityId, string what, CancellationToken ct) =>
        RecordReadAsync(db, clock, actor, ReadPersonalData, entityType, entityId, what, ct);

    /// <summary>Appends a line for a read of the given kind (e.g. <see cref="DownloadAttachment"/>).</summary>
    public static async Task RecordReadAsync(XinfangDbContext db, TimeProvider clock, Actor actor, string action, string entityType, string entityId, string what, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actor.UserId, actor.UserName, action, entityType, entityId, null, what));
        await db.SaveChangesAsync(ct);
    }
}
