using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Knowledge;

/// <summary>The knowledge base's tables on the platform's one context (mapped in this folder).</summary>
public static class KnowledgeSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<KnowledgeEntry> KnowledgeEntries => db.Set<KnowledgeEntry>();
        public DbSet<KnowledgeSearchText> KnowledgeSearchTexts => db.Set<KnowledgeSearchText>();
    }
}
