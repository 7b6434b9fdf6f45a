using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xinfang.Core.Analysis.Briefing;
using Xinfang.Core.Analysis.Warnings;
using Xinfang.Core.Cases;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Analysis.Persistence;

internal sealed class AnalysisWarningConfiguration : IEntityTypeConfiguration<AnalysisWarning>
{
    public void Configure(EntityTypeBuilder<AnalysisWarning> builder)
    {
        builder.ToTable("AnalysisWarnings");
        builder.Property(w => w.Key).HasMaxLength(200);
        builder.HasIndex(w => w.Key).IsUnique();
        builder.Property(w => w.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Dimension).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.SubjectName).HasMaxLength(200);
        builder.Property(w => w.SensitivePeriod).HasMaxLength(SensitivePeriod.MaxNameLength);
        builder.Property(w => w.Summary).HasMaxLength(1000);
        builder.Property(w => w.AcknowledgedBy).HasMaxLength(100);
        builder.Property(w => w.AcknowledgementNote).HasMaxLength(AnalysisWarning.MaxNoteLength);
        builder.HasIndex(w => w.WindowTo);
        builder.HasIndex(w => new { w.Status, w.WindowTo });
        builder.HasMany(w => w.Cases).WithOne().HasForeignKey(c => c.WarningId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(w => w.Cases).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AnalysisWarningCaseConfiguration : IEntityTypeConfiguration<AnalysisWarningCase>
{
    public void Configure(EntityTypeBuilder<AnalysisWarningCase> builder)
    {
        builder.ToTable("AnalysisWarningCases");
        builder.HasKey(c => new { c.WarningId, c.CaseId });
        builder.HasIndex(c => c.CaseId);
        builder.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SensitivePeriodConfiguration : IEntityTypeConfiguration<SensitivePeriod>
{
    public void Configure(EntityTypeBuilder<SensitivePeriod> builder)
    {
        builder.ToTable("SensitivePeriods");
        builder.Property(p => p.Name).HasMaxLength(SensitivePeriod.MaxNameLength);
        builder.Ignore(p => p.Threshold);
        builder.HasIndex(p => p.To);
    }
}

internal sealed class SavedAnalysisViewConfiguration : IEntityTypeConfiguration<SavedAnalysisView>
{
    public void Configure(EntityTypeBuilder<SavedAnalysisView> builder)
    {
        builder.ToTable("SavedAnalysisViews");
        builder.Property(v => v.Name).HasMaxLength(SavedAnalysisView.MaxNameLength);
        builder.Property(v => v.Query).HasMaxLength(SavedAnalysisView.MaxQueryLength);
        builder.HasIndex(v => new { v.UserId, v.Name }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredBriefingConfiguration : IEntityTypeConfiguration<StoredBriefing>
{
    public void Configure(EntityTypeBuilder<StoredBriefing> builder)
    {
        builder.ToTable("Briefings");
        builder.Property(b => b.PeriodKey).HasMaxLength(16);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Title).HasMaxLength(200);
        builder.Property(b => b.Note).HasMaxLength(BuildBriefing.MaxNoteLength);
        builder.Property(b => b.GeneratedBy).HasMaxLength(100);
        builder.HasIndex(b => b.PeriodKey);
        builder.HasIndex(b => b.GeneratedAt);
    }
}
