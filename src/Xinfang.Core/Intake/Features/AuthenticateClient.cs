using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Intake.Features;

/// <summary>The active client a key belongs to, or null (unknown, malformed, wrong or revoked key: the caller cannot
/// tell which).</summary>
public sealed class AuthenticateClient(XinfangDbContext db)
{
    public async Task<IntegrationClient?> HandleAsync(string? key, CancellationToken ct = default)
    {
        if (ApiKey.PrefixOf(key) is not { } prefix)
        {
            return null;
        }

        var client = await db.IntegrationClients.AsNoTracking().FirstOrDefaultAsync(c => c.KeyPrefix == prefix, ct);
        return client is { IsActive: true } && ApiKey.Matches(key!, client.KeyHash) ? client : null;
    }
}
