using Xinfang.Core.Identity;

namespace Xinfang.Core.Organisation;

/// <summary>The data scope a unit's accounts get: the unit tree decides what they see (SPEC §1.11).</summary>
public static class UnitScope
{
    extension(DataScope)
    {
        public static DataScope For(Unit unit) => unit switch
        {
            { SeesWholeDistrict: true } => DataScope.Everything,
            { Kind: UnitKind.Township, RegionId: { } region } => new DataScope(DataScopeKind.Township, region, unit.Id),
            _ => new DataScope(DataScopeKind.Unit, unit.RegionId, unit.Id),
        };
    }
}
