using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Xinfang.Core.Cases.Persistence;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(32);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Subject).HasMaxLength(200);
        builder.Property(c => c.Content).HasMaxLength(20000);
        builder.Property(c => c.ExternalReference).HasMaxLength(100);
        builder.Property(c => c.ChannelHints).HasMaxLength(1000);
        builder.Property(c => c.ReplyText).HasMaxLength(20000);
        builder.Property(c => c.RefusalReason).HasMaxLength(2000);
        builder.Property(c => c.ProperChannel).HasMaxLength(500);
        builder.Property(c => c.ExtensionReason).HasMaxLength(2000);
        builder.Property(c => c.FinalisedPrecedentNumber).HasMaxLength(32);
        builder.Property(c => c.MergedIntoNumber).HasMaxLength(32);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsOpen);

        builder.HasMany(c => c.Petitioners).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Units).WithOne().HasForeignKey(u => u.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Petitioners).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Units).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Queues read by state and deadline; lists by received date; filters by place, unit, category, channel.
        builder.HasIndex(c => new { c.Status, c.DueDate });
        builder.HasIndex(c => c.DueDate).IncludeProperties(c => new { c.LeadUnitId, c.DueAt }); // overdue and due soon; the most overdue units
        // The three rates group a period of cases by month and RateFacts, the leader dashboard also by channel,
        // category, township and unit: on PostgreSQL this index covers every column they read district-wide (a unit's
        // or a township's rates come from CaseUnits), so a year is a narrow index-only scan (SQLite ignores INCLUDE).
        builder.Property(c => c.RateFacts).HasConversion<int>();
        builder.HasIndex(c => c.ReceivedAt)
            .IncludeProperties(c => new
            {
                c.ReceivedMonth, c.ReceivedDay, c.RateFacts, c.AcceptDue, c.ReplyDue, c.Channel, c.CategoryId, c.RegionId, c.VillageId, c.LeadUnitId,
                c.Form, c.IsCollective, c.SkipLevel, c.IsRepeat, c.IsKeyCase,
            });
        builder.HasIndex(c => new { c.RegionId, c.ReceivedAt });
        // Partial where most new rows hold no value (a case is registered before it has a lead unit; most matters have
        // no external reference, many petitioners no ID number): a registration skips these indexes entirely.
        builder.HasIndex(c => new { c.LeadUnitId, c.Status }).HasFilter("\"LeadUnitId\" IS NOT NULL");
        builder.HasIndex(c => new { c.CategoryId, c.ReceivedAt });
        builder.HasIndex(c => new { c.Channel, c.ReceivedAt });
        builder.HasIndex(c => c.ExternalReference).HasFilter("\"ExternalReference\" IS NOT NULL");
    }
}

internal sealed class PetitionerConfiguration : IEntityTypeConfiguration<Petitioner>
{
    public void Configure(EntityTypeBuilder<Petitioner> builder)
    {
        builder.ToTable("Petitioners");
        builder.Property(p => p.Name).HasMaxLength(100);
        // Encrypted at rest (EncryptedAtRest): the column holds the ciphertext, hence the room.
        builder.Property(p => p.IdNumber).HasMaxLength(200);
        builder.Property(p => p.Phone).HasMaxLength(200);
        builder.Property(p => p.Address).HasMaxLength(1000);
        builder.Property(p => p.Email).HasMaxLength(800);
        builder.Property(p => p.IdNumberHash).HasMaxLength(32);
        builder.Property(p => p.PhoneHash).HasMaxLength(32);
        builder.HasIndex(p => p.IdNumberHash).HasFilter("\"IdNumberHash\" IS NOT NULL");
        builder.HasIndex(p => p.PhoneHash);
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.ToTable("CaseEvents");
        builder.Property(e => e.Action).HasMaxLength(40);
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.Note).HasMaxLength(4000);
        builder.Property(e => e.DocumentKind).HasMaxLength(40);
        builder.Property(e => e.DocumentText).HasMaxLength(20000);
        builder.HasIndex(e => new { e.CaseId, e.At });
    }
}

internal sealed class CaseUnitConfiguration : IEntityTypeConfiguration<CaseUnit>
{
    public void Configure(EntityTypeBuilder<CaseUnit> builder)
    {
        builder.ToTable("CaseUnits");
        // A unit's or township's queues, counted and paged on these indexes (CaseQueues.UnitRows).
        builder.HasIndex(u => new { u.UnitId, u.IsCurrent, u.CaseStatus, u.DueDate }).IncludeProperties(u => new { u.ReceivedAt, u.CaseId, u.DueAt });
        builder.HasIndex(u => new { u.RegionId, u.CountsForTownship, u.CaseStatus, u.DueDate }).IncludeProperties(u => new { u.ReceivedAt, u.CaseId, u.DueAt });
        // The three rates of a unit or a township (RateRows).
        builder.HasIndex(u => new { u.UnitId, u.IsCurrent, u.ReceivedAt })
            .IncludeProperties(u => new { u.ReceivedMonth, u.RateFacts, u.AcceptDue, u.ReplyDue });
        builder.HasIndex(u => new { u.RegionId, u.CountsForTownship, u.ReceivedAt })
            .IncludeProperties(u => new { u.ReceivedMonth, u.RateFacts, u.AcceptDue, u.ReplyDue });
        builder.Property(u => u.AssigneeName).HasMaxLength(100);
        builder.HasIndex(u => u.AssigneeUserId).HasFilter("\"AssigneeUserId\" IS NOT NULL"); // 我的待办
    }
}

internal sealed class CaseNumberSequenceConfiguration : IEntityTypeConfiguration<CaseNumberSequence>
{
    public void Configure(EntityTypeBuilder<CaseNumberSequence> builder)
    {
        builder.ToTable("CaseNumberSequences");
        builder.HasKey(s => s.Year);
        builder.Property(s => s.Year).ValueGeneratedNever();
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.Property(r => r.ClientKey).HasMaxLength(100);
        builder.Property(r => r.UserName).HasMaxLength(256);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.HasIndex(r => new { r.UserName, r.ClientKey }).IsUnique();
    }
}
