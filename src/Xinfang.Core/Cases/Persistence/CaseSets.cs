using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Data;

namespace Xinfang.Core.Cases;

/// <summary>The cases module's tables on the platform's one context (mapped in this folder).</summary>
public static class CaseSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<Case> Cases => db.Set<Case>();
        public DbSet<CaseEvent> CaseEvents => db.Set<CaseEvent>();
        public DbSet<CaseUnit> CaseUnits => db.Set<CaseUnit>();
        public DbSet<Petitioner> Petitioners => db.Set<Petitioner>();
        public DbSet<CaseNumberSequence> CaseNumberSequences => db.Set<CaseNumberSequence>();
        public DbSet<IdempotencyRecord> IdempotencyRecords => db.Set<IdempotencyRecord>();
        public DbSet<CaseAttachment> CaseAttachments => db.Set<CaseAttachment>();
        public DbSet<AttachmentContent> AttachmentContents => db.Set<AttachmentContent>();
        public DbSet<Duplicates.DuplicateCandidate> DuplicateCandidates => db.Set<Duplicates.DuplicateCandidate>();
    }
}
