using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xinfang.Core.Audit;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Data;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(32);
        builder.Property(u => u.Name).HasMaxLength(100);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Ignore(u => u.SeesWholeDistrict);
    }
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.Property(r => r.Code).HasMaxLength(32);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.HasIndex(r => r.Code).IsUnique();
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasIndex(c => c.Code).IsUnique();
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.HasIndex(u => u.UnitId);
    }
}

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

internal sealed class StoredFinalAccountsConfiguration : IEntityTypeConfiguration<Finance.Features.StoredFinalAccounts>
{
    public void Configure(EntityTypeBuilder<Finance.Features.StoredFinalAccounts> builder)
    {
        builder.ToTable("FinalAccounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(64);
        builder.Property(a => a.DepartmentName).HasMaxLength(200);
    }
}

internal sealed class StoredPerformanceYearConfiguration : IEntityTypeConfiguration<Performance.Features.StoredPerformanceYear>
{
    public void Configure(EntityTypeBuilder<Performance.Features.StoredPerformanceYear> builder)
    {
        builder.ToTable("PerformanceYears");
        builder.HasKey(y => y.Id);
        builder.Property(y => y.Id).HasMaxLength(64);
    }
}
