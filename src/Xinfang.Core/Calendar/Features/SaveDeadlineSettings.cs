using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Calendar.Features;

/// <summary>Every step's period (keys are <see cref="Cases.DeadlineStep"/> names), the extension cap and the
/// due-soon days, and the urgent matters' hours by step (left out: kept as they are). <paramref name="ExpectedRevision"/> refuses the save when someone else changed them since.</summary>
public sealed record SaveDeadlineSettings(IReadOnlyDictionary<string, PeriodInput>? Periods, int? MaxExtensionDays, int? DueSoonDays,
    int? ExpectedRevision = null, IReadOnlyDictionary<string, int?>? UrgentHours = null);

/// <summary>
/// Stores the deadline settings (administrators only; audited by the interceptor) and puts them in force at once in
/// this instance (others within <see cref="DeadlinePolicyProvider.RefreshInterval"/>). Only deadlines computed from
/// now on use them: the deadlines stored on cases stay as they are.
/// </summary>
public sealed class SaveDeadlineSettingsHandler(XinfangDbContext db, TimeProvider clock, DeadlinePolicyProvider policies)
{
    public async Task<Result<DeadlineSettingsView>> HandleAsync(SaveDeadlineSettings request, Actor actor, CancellationToken ct = default)
    {
        if (DeadlineAdmin.Check(actor) is { } forbidden)
        {
            return forbidden;
        }

        var validated = DeadlineSettingsRules.Validate(request.Periods, request.MaxExtensionDays, request.DueSoonDays,
            request.UrgentHours, policies.Current.Settings.UrgentHours);
        if (!validated.IsSuccess)
        {
            return Result.Failure<DeadlineSettingsView>([.. validated.Errors]);
        }

        var row = await db.DeadlineSettings.SingleOrDefaultAsync(ct);
        if (request.ExpectedRevision is { } expected && expected != (row?.Revision ?? 0))
        {
            return Stale();
        }

        var now = clock.GetUtcNow();
        var adding = row is null;
        if (row is null)
        {
            row = new StoredDeadlineSettings(validated.Value, now);
            db.DeadlineSettings.Add(row);
        }
        else
        {
            row.Replace(validated.Value, now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved elsewhere since it was read here: the revision no longer matches.
            return Stale();
        }
        catch (DbUpdateException) when (adding)
        {
            // Added elsewhere at the same moment: the primary key is taken.
            return Stale();
        }

        await policies.ReloadAsync(ct);
        return DeadlineSettingsView.Of(validated.Value, row);
    }

    private static Error Stale() => Error.Conflict("deadline.stale_revision", "办理期限设置已被他人修改，请刷新后重试。");
}
