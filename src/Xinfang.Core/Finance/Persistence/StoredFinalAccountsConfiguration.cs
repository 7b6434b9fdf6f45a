using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xinfang.Core.Finance.Features;

namespace Xinfang.Core.Finance.Persistence;

internal sealed class StoredFinalAccountsConfiguration : IEntityTypeConfiguration<StoredFinalAccounts>
{
    public void Configure(EntityTypeBuilder<StoredFinalAccounts> builder)
    {
        builder.ToTable("FinalAccounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(64);
        builder.Property(a => a.DepartmentName).HasMaxLength(200);
        builder.Property(a => a.Revision).IsConcurrencyToken();
    }
}
