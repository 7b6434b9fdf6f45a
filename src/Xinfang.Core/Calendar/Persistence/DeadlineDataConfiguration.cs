using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Xinfang.Core.Calendar.Persistence;

internal sealed class StoredCalendarYearConfiguration : IEntityTypeConfiguration<StoredCalendarYear>
{
    public void Configure(EntityTypeBuilder<StoredCalendarYear> builder)
    {
        builder.ToTable("CalendarYears");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.Notice).HasMaxLength(100);
        builder.Property(y => y.Revision).IsConcurrencyToken();
    }
}

internal sealed class StoredDeadlineSettingsConfiguration : IEntityTypeConfiguration<StoredDeadlineSettings>
{
    public void Configure(EntityTypeBuilder<StoredDeadlineSettings> builder)
    {
        builder.ToTable("DeadlineSettings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Revision).IsConcurrencyToken();
    }
}
