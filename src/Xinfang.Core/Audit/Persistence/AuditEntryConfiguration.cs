using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Xinfang.Core.Audit.Persistence;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string Table = "AuditEntries";

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable(Table);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(64);
        builder.Property(a => a.Seal).HasMaxLength(64);
        // Lines are appended in time order: on PostgreSQL a BRIN index serves a time range for almost nothing per
        // insert (SQLite keeps a B-tree).
        builder.HasIndex(a => a.At).HasMethod("brin");
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}
