using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Knowledge.Persistence;

internal sealed class KnowledgeEntryConfiguration : IEntityTypeConfiguration<KnowledgeEntry>
{
    public void Configure(EntityTypeBuilder<KnowledgeEntry> builder)
    {
        builder.ToTable("KnowledgeEntries");
        builder.Property(e => e.Title).HasMaxLength(KnowledgeEntry.MaxTitleLength);
        builder.Property(e => e.Body).HasMaxLength(KnowledgeEntry.MaxBodyLength);
        builder.Property(e => e.Tags).HasMaxLength(KnowledgeEntry.MaxTagsLength);
        builder.Property(e => e.PublishedTitle).HasMaxLength(KnowledgeEntry.MaxTitleLength);
        builder.Property(e => e.PublishedBody).HasMaxLength(KnowledgeEntry.MaxBodyLength);
        builder.Property(e => e.PublishedTags).HasMaxLength(KnowledgeEntry.MaxTagsLength);
        builder.Property(e => e.AuthorName).HasMaxLength(100);
        builder.Property(e => e.ApprovedByName).HasMaxLength(100);
        builder.Property(e => e.ReturnNote).HasMaxLength(500);
        builder.HasIndex(e => new { e.OwnerUnitId, e.Status });
        builder.HasIndex(e => e.ReviewBy);
        builder.HasOne<Unit>().WithMany().HasForeignKey(e => e.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Versions).WithOne().HasForeignKey(v => v.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(e => e.Attachments).WithOne().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class KnowledgeVersionConfiguration : IEntityTypeConfiguration<KnowledgeVersion>
{
    public void Configure(EntityTypeBuilder<KnowledgeVersion> builder)
    {
        builder.ToTable("KnowledgeVersions");
        builder.Property(v => v.Title).HasMaxLength(KnowledgeEntry.MaxTitleLength);
        builder.Property(v => v.Body).HasMaxLength(KnowledgeEntry.MaxBodyLength);
        builder.Property(v => v.Tags).HasMaxLength(KnowledgeEntry.MaxTagsLength);
        builder.Property(v => v.EditedByName).HasMaxLength(100);
        builder.Property(v => v.Note).HasMaxLength(200);
        builder.HasIndex(v => new { v.EntryId, v.Number }).IsUnique();
    }
}

internal sealed class KnowledgeSearchTextConfiguration : IEntityTypeConfiguration<KnowledgeSearchText>
{
    public void Configure(EntityTypeBuilder<KnowledgeSearchText> builder)
    {
        builder.ToTable("KnowledgeSearchTexts");
        builder.HasIndex(t => t.EntryId).IsUnique();
        builder.HasOne<KnowledgeEntry>().WithOne().HasForeignKey<KnowledgeSearchText>(t => t.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Like a case's documents: the listing read with the entry, the bytes in a table of their own.</summary>
internal sealed class KnowledgeAttachmentConfiguration : IEntityTypeConfiguration<KnowledgeAttachment>
{
    public void Configure(EntityTypeBuilder<KnowledgeAttachment> builder)
    {
        builder.ToTable("KnowledgeAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.UploadedByName).HasMaxLength(100);
        builder.HasOne(a => a.Content).WithOne().HasForeignKey<KnowledgeAttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.EntryId);
    }
}

internal sealed class KnowledgeAttachmentContentConfiguration : IEntityTypeConfiguration<KnowledgeAttachmentContent>
{
    public void Configure(EntityTypeBuilder<KnowledgeAttachmentContent> builder)
    {
        builder.ToTable("KnowledgeAttachmentContents");
        builder.HasKey(c => c.AttachmentId);
        builder.Property(c => c.AttachmentId).ValueGeneratedNever();
    }
}
