using Xinfang.Core.Data;

namespace Xinfang.Core.Organisation.Features;

/// <summary>The district's leaders, offered wherever a key case or key issue gets its owning leader.</summary>
public sealed class ListLeaders(XinfangDbContext db)
{
    public Task<IReadOnlyList<LeaderRef>> HandleAsync(CancellationToken ct = default) => DistrictLeaders.ListAsync(db, ct);
}
