using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xinfang.Core.Cases;

namespace Xinfang.Core.Hotline.Persistence;

internal sealed class CallRecordConfiguration : IEntityTypeConfiguration<CallRecord>
{
    public void Configure(EntityTypeBuilder<CallRecord> builder)
    {
        builder.ToTable("HotlineCalls");
        builder.Property(c => c.UniqueId).HasMaxLength(64);
        builder.HasIndex(c => c.UniqueId).IsUnique();
        builder.Property(c => c.CallerNumber).HasMaxLength(200);
        builder.Property(c => c.CallerHash).HasMaxLength(64);
        builder.Property(c => c.Destination).HasMaxLength(40);
        builder.Property(c => c.Recording).HasMaxLength(300);
        builder.Property(c => c.Disposition).HasMaxLength(16);
        builder.Property(c => c.Source).HasMaxLength(8);
        builder.Ignore(c => c.WaitSeconds);
        // Calls are appended in time order: a BRIN index costs the import almost nothing (a B-tree on PostgreSQL does).
        builder.HasIndex(c => c.StartAt).HasMethod("brin");
        // A number's calls (tens, not millions) are found by equality only; on PostgreSQL a hash index costs an import half
        // what a B-tree on (hash, start) does.
        builder.HasIndex(c => c.CallerHash).HasMethod("hash").HasFilter("\"CallerHash\" IS NOT NULL");
        builder.HasIndex(c => c.CaseId).HasFilter("\"CaseId\" IS NOT NULL");
        builder.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class HotlineSeatConfiguration : IEntityTypeConfiguration<HotlineSeat>
{
    public void Configure(EntityTypeBuilder<HotlineSeat> builder)
    {
        builder.ToTable("HotlineSeats");
        builder.HasKey(s => s.Number);
        builder.Property(s => s.Number).ValueGeneratedNever();
        builder.Property(s => s.Device).HasMaxLength(80);
        builder.HasIndex(s => s.Device).IsUnique();
    }
}

internal sealed class HotlineAgentConfiguration : IEntityTypeConfiguration<HotlineAgent>
{
    public void Configure(EntityTypeBuilder<HotlineAgent> builder)
    {
        builder.ToTable("HotlineAgents");
        builder.Property(a => a.Code).HasMaxLength(20);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(50);
    }
}

internal sealed class SeatAssignmentConfiguration : IEntityTypeConfiguration<SeatAssignment>
{
    public void Configure(EntityTypeBuilder<SeatAssignment> builder)
    {
        builder.ToTable("HotlineSeatAssignments");
        builder.HasIndex(a => new { a.Seat, a.From });
        builder.HasOne<HotlineAgent>().WithMany().HasForeignKey(a => a.AgentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DirectAnswerConfiguration : IEntityTypeConfiguration<DirectAnswer>
{
    public void Configure(EntityTypeBuilder<DirectAnswer> builder)
    {
        builder.ToTable("HotlineDirectAnswers");
        builder.Property(a => a.Text).HasMaxLength(4000);
        builder.Property(a => a.KnowledgeUsed).HasMaxLength(200);
        builder.Property(a => a.AgentName).HasMaxLength(50);
        builder.HasIndex(a => a.CallId).IsUnique();
        builder.HasOne<CallRecord>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class HotlineTargetConfiguration : IEntityTypeConfiguration<HotlineTarget>
{
    public void Configure(EntityTypeBuilder<HotlineTarget> builder)
    {
        builder.ToTable("HotlineTargets");
        builder.HasKey(t => t.Figure);
        builder.Property(t => t.Figure).HasMaxLength(32);
        builder.Property(t => t.Level).HasPrecision(12, 2);
    }
}

internal sealed class HourFiguresConfiguration : IEntityTypeConfiguration<HourFigures>
{
    public void Configure(EntityTypeBuilder<HourFigures> builder)
    {
        builder.ToTable("HotlineHourFigures");
        builder.HasIndex(h => h.Hour);
    }
}

internal sealed class StaleHourConfiguration : IEntityTypeConfiguration<StaleHour>
{
    public void Configure(EntityTypeBuilder<StaleHour> builder)
    {
        builder.ToTable("HotlineStaleHours");
        builder.HasIndex(s => s.Hour);
    }
}
