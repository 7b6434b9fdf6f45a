using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Calendar.Features;

/// <summary>The deadline settings in the shape <c>PUT /api/admin/deadlines</c> takes back: periods by step name.</summary>
public sealed record DeadlineSettingsView(IReadOnlyDictionary<DeadlineStep, Period> Periods, int MaxExtensionDays, int DueSoonDays,
    int Revision, DateTimeOffset? UpdatedAt, IReadOnlyDictionary<DeadlineStep, int> UrgentHours)
{
    public static DeadlineSettingsView Of(DeadlineSettings settings, StoredDeadlineSettings? row) => new(
        new SortedDictionary<DeadlineStep, Period>(settings.Periods), settings.MaxExtensionDays, settings.DueSoonDays,
        row?.Revision ?? 0, row?.UpdatedAt, new SortedDictionary<DeadlineStep, int>(settings.UrgentHours));
}

/// <summary>The stored deadline settings (administrators only); the defaults while none are stored.</summary>
public sealed class GetDeadlineSettings(XinfangDbContext db, DeadlineDefaults defaults)
{
    public async Task<Result<DeadlineSettingsView>> HandleAsync(Actor actor, CancellationToken ct = default)
    {
        if (DeadlineAdmin.Check(actor) is { } forbidden)
        {
            return forbidden;
        }

        var row = await db.DeadlineSettings.AsNoTracking().SingleOrDefaultAsync(ct);
        return DeadlineSettingsView.Of(row?.ToSettings(defaults.Settings) ?? defaults.Settings, row);
    }
}
