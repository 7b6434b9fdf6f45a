using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xinfang.Core.Cases;

namespace Xinfang.Core.Portal.Persistence;

internal sealed class PortalAccessConfiguration : IEntityTypeConfiguration<PortalAccess>
{
    public void Configure(EntityTypeBuilder<PortalAccess> builder)
    {
        builder.ToTable("PortalAccesses");
        builder.HasKey(a => a.CaseId);
        builder.Property(a => a.QueryCodeHash).HasMaxLength(64);
        builder.Property(a => a.PhoneHash).HasMaxLength(64);
        builder.Property(a => a.AddressHash).HasMaxLength(64);
        builder.HasIndex(a => new { a.PhoneHash, a.CreatedAt });
        builder.HasIndex(a => new { a.AddressHash, a.CreatedAt });
        builder.HasOne<Case>().WithOne().HasForeignKey<PortalAccess>(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PhoneCodeConfiguration : IEntityTypeConfiguration<PhoneCode>
{
    public void Configure(EntityTypeBuilder<PhoneCode> builder)
    {
        builder.ToTable("PortalPhoneCodes");
        builder.Property(c => c.PhoneHash).HasMaxLength(64);
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.Property(c => c.AddressHash).HasMaxLength(64);
        // Two submissions with one code: the second save finds the row changed and is refused as a whole.
        builder.Property(c => c.FailedTries).IsConcurrencyToken();
        builder.Property(c => c.UsedAt).IsConcurrencyToken();
        builder.HasIndex(c => new { c.PhoneHash, c.CreatedAt });
        builder.HasIndex(c => new { c.AddressHash, c.CreatedAt });
    }
}
