using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Portal;

/// <summary>The portal module's tables on the platform's one context (mapped in this folder).</summary>
public static class PortalSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<PortalAccess> PortalAccesses => db.Set<PortalAccess>();
        public DbSet<PhoneCode> PortalPhoneCodes => db.Set<PhoneCode>();
    }
}
