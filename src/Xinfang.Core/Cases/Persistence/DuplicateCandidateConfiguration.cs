using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xinfang.Core.Cases.Duplicates;

namespace Xinfang.Core.Cases.Persistence;

internal sealed class DuplicateCandidateConfiguration : IEntityTypeConfiguration<DuplicateCandidate>
{
    public void Configure(EntityTypeBuilder<DuplicateCandidate> builder)
    {
        builder.ToTable("DuplicateCandidates");
        builder.Property(d => d.OtherNumber).HasMaxLength(32);
        builder.Property(d => d.Detail).HasMaxLength(200);
        builder.Property(d => d.DecidedBy).HasMaxLength(100);
        builder.HasIndex(d => d.CaseId);
        builder.HasIndex(d => d.OtherCaseId);
        builder.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Case>().WithMany().HasForeignKey(d => d.OtherCaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
