using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Organisation.Persistence;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("Units");
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
        builder.ToTable("Regions");
        builder.Property(r => r.Code).HasMaxLength(32);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.HasIndex(r => r.Code).IsUnique();
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("Categories");
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
