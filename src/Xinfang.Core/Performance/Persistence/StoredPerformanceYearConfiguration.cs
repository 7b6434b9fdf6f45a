using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xinfang.Core.Performance.Features;

namespace Xinfang.Core.Performance.Persistence;

internal sealed class StoredPerformanceYearConfiguration : IEntityTypeConfiguration<StoredPerformanceYear>
{
    public void Configure(EntityTypeBuilder<StoredPerformanceYear> builder)
    {
        builder.ToTable("PerformanceYears");
        builder.HasKey(y => y.Id);
        builder.Property(y => y.Id).HasMaxLength(64);
        builder.Property(y => y.Revision).IsConcurrencyToken();
    }
}
