using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xinfang.Core.Cases;

namespace Xinfang.Core.Supervision.Persistence;

internal sealed class KeyIssueConfiguration : IEntityTypeConfiguration<KeyIssue>
{
    public void Configure(EntityTypeBuilder<KeyIssue> builder)
    {
        builder.ToTable("KeyIssues");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Title).HasMaxLength(KeyIssue.MaxTitle);
        builder.Property(i => i.Target).HasMaxLength(KeyIssue.MaxText);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(i => i.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Notes).WithOne().HasForeignKey(n => n.KeyIssueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Cases).WithOne().HasForeignKey(c => c.KeyIssueId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Notes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Cases).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(i => new { i.Status, i.TargetDate });
        builder.HasIndex(i => i.RegionId);
        builder.HasIndex(i => i.UnitId);
    }
}

internal sealed class KeyIssueNoteConfiguration : IEntityTypeConfiguration<KeyIssueNote>
{
    public void Configure(EntityTypeBuilder<KeyIssueNote> builder)
    {
        builder.ToTable("KeyIssueNotes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.StatusBefore).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.StatusAfter).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.ActorName).HasMaxLength(100);
        builder.Property(n => n.Text).HasMaxLength(KeyIssue.MaxText + 200);
        builder.HasIndex(n => new { n.KeyIssueId, n.Sequence }).IsUnique();
    }
}

internal sealed class KeyIssueCaseConfiguration : IEntityTypeConfiguration<KeyIssueCase>
{
    public void Configure(EntityTypeBuilder<KeyIssueCase> builder)
    {
        builder.ToTable("KeyIssueCases");
        builder.HasKey(c => new { c.KeyIssueId, c.CaseId });
        builder.Property(c => c.CaseNumber).HasMaxLength(32);
        builder.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.CaseId);
    }
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("Campaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Campaign.MaxName);
        builder.Property(c => c.Goal).HasMaxLength(KeyIssue.MaxText);
    }
}
