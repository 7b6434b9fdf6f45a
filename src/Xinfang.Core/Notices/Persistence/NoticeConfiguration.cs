using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xinfang.Core.Cases;

namespace Xinfang.Core.Notices.Persistence;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("Notices");
        builder.Property(n => n.Kind).HasMaxLength(32);
        builder.Property(n => n.Number).HasMaxLength(60);
        builder.Property(n => n.Title).HasMaxLength(100);
        builder.Property(n => n.Issuer).HasMaxLength(200);
        builder.Property(n => n.Recipient).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(40000);
        builder.Property(n => n.IssuedBy).HasMaxLength(100);
        builder.HasIndex(n => n.CaseId);
        builder.HasIndex(n => new { n.Kind, n.Year, n.Serial }).IsUnique();
        builder.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NoticeTemplateConfiguration : IEntityTypeConfiguration<NoticeTemplate>
{
    public void Configure(EntityTypeBuilder<NoticeTemplate> builder)
    {
        builder.ToTable("NoticeTemplates");
        builder.HasKey(t => t.Kind);
        builder.Property(t => t.Kind).HasMaxLength(32);
        builder.Property(t => t.Body).HasMaxLength(NoticeCatalog.MaxBodyLength);
        builder.Property(t => t.UpdatedBy).HasMaxLength(100);
    }
}

internal sealed class NoticeSerialConfiguration : IEntityTypeConfiguration<NoticeSerial>
{
    public void Configure(EntityTypeBuilder<NoticeSerial> builder)
    {
        builder.ToTable("NoticeSerials");
        builder.HasKey(s => new { s.Kind, s.Year });
        builder.Property(s => s.Kind).HasMaxLength(32);
    }
}
