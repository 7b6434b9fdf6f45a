using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xinfang.Core.Cases.Attachments;

namespace Xinfang.Core.Cases.Persistence;

/// <summary>Attachments in two tables: the listing (name, type, size, hash, uploader) read with the case, and the
/// bytes (bytea on PostgreSQL, BLOB on SQLite) read only by a download. Both live in the database so that every
/// instance behind a load balancer sees them, they are written in the same transaction as the step they belong
/// to, and a database backup holds the case and its documents together.</summary>
internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> builder)
    {
        builder.ToTable("CaseAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.UploadedByName).HasMaxLength(100);
        builder.HasOne<Case>().WithMany(c => c.Attachments).HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Event).WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Content).WithOne().HasForeignKey<AttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.CaseId, a.UploadedAt });
    }
}

internal sealed class AttachmentContentConfiguration : IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<AttachmentContent> builder)
    {
        builder.ToTable("CaseAttachmentContents");
        builder.HasKey(c => c.AttachmentId);
        builder.Property(c => c.AttachmentId).ValueGeneratedNever();
    }
}
