using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.Core.Intake.Features;

/// <summary>The state of a handed-over matter as its channel may know it: no personal data, no internal names.</summary>
public sealed record IntakeStatusView(string ExternalId, string CaseNumber, CaseStatus Status, string StatusName, DateTimeOffset ReceivedAt,
    DateOnly? DueDate);

/// <summary>A client reads back the status of the matters it handed over, and of no others (another client's external
/// id answers as unknown).</summary>
public sealed class IntakeStatus(XinfangDbContext db)
{
    public async Task<Result<IntakeStatusView>> HandleAsync(string externalId, IntegrationClient client, CancellationToken ct = default)
    {
        if (!client.May(IntegrationPermissions.ReadStatus))
        {
            return Error.Forbidden("intake.status_forbidden", "该对接系统没有查询办理状态的权限。");
        }

        var found = await db.IntakeItems.AsNoTracking()
            .Where(i => i.ClientId == client.Id && i.ExternalId == externalId)
            .Join(db.Cases.AsNoTracking(), i => i.CaseId, c => c.Id, (i, c) => new { i.ExternalId, c.Number, c.Status, c.ReceivedAt, c.DueDate })
            .FirstOrDefaultAsync(ct);
        return found is null
            ? Error.NotFound("intake.not_found", $"本系统没有推送过编号为“{externalId}”的事项。")
            : new IntakeStatusView(found.ExternalId, found.Number, found.Status, CaseNames.Of(found.Status), found.ReceivedAt, found.DueDate);
    }
}
