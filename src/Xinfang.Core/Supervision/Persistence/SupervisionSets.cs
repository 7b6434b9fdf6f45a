using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Supervision;

/// <summary>The supervision module's tables on the platform's one context (mapped in this folder).</summary>
public static class SupervisionSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<KeyIssue> KeyIssues => db.Set<KeyIssue>();
        public DbSet<KeyIssueNote> KeyIssueNotes => db.Set<KeyIssueNote>();
        public DbSet<KeyIssueCase> KeyIssueCases => db.Set<KeyIssueCase>();
        public DbSet<Campaign> Campaigns => db.Set<Campaign>();
    }
}
