using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Notices;

/// <summary>The notices module's tables on the platform's one context (mapped in this folder).</summary>
public static class NoticeSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<Notice> Notices => db.Set<Notice>();
        public DbSet<NoticeTemplate> NoticeTemplates => db.Set<NoticeTemplate>();
    }
}
