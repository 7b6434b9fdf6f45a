using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Outbox;

/// <summary>The outbox module's tables on the platform's one context (mapped in this folder).</summary>
public static class OutboxSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<OutboxMessage> OutboxMessages => db.Set<OutboxMessage>();
        public DbSet<OutboxAttempt> OutboxAttempts => db.Set<OutboxAttempt>();
    }
}
