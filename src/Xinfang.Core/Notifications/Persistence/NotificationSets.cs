using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Notifications;

public static class NotificationSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<Notification> Notifications => db.Set<Notification>();
    }
}
