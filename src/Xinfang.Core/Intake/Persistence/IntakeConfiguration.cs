using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xinfang.Core.Cases;

namespace Xinfang.Core.Intake.Persistence;

internal sealed class IntegrationClientConfiguration : IEntityTypeConfiguration<IntegrationClient>
{
    public void Configure(EntityTypeBuilder<IntegrationClient> builder)
    {
        builder.ToTable("IntegrationClients");
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.OutboundUrl).HasMaxLength(500);
        builder.Property(c => c.SigningSecret).HasMaxLength(300);
        builder.Property(c => c.KeyPrefix).HasMaxLength(12);
        builder.Property(c => c.KeyHash).HasMaxLength(64);
        builder.HasIndex(c => c.KeyPrefix).IsUnique();
        builder.HasIndex(c => c.Name).IsUnique();
    }
}

internal sealed class IntakeItemConfiguration : IEntityTypeConfiguration<IntakeItem>
{
    public void Configure(EntityTypeBuilder<IntakeItem> builder)
    {
        builder.ToTable("IntakeItems");
        builder.Property(i => i.ExternalId).HasMaxLength(100);
        builder.Property(i => i.CaseNumber).HasMaxLength(32);
        builder.Property(i => i.Address).HasMaxLength(500);
        builder.Property(i => i.MediaUrl).HasMaxLength(2000);
        builder.Property(i => i.ServiceCode).HasMaxLength(50);
        builder.HasIndex(i => new { i.Channel, i.ExternalId }).IsUnique();
        // Open311 reads its requests by number and by time.
        builder.HasIndex(i => i.CaseNumber);
        builder.HasIndex(i => new { i.Via, i.At });
        builder.HasIndex(i => new { i.ClientId, i.At });
        builder.HasIndex(i => i.CaseId);
        builder.HasOne<IntegrationClient>().WithMany().HasForeignKey(i => i.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Case>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StoredIntakeMappingConfiguration : IEntityTypeConfiguration<StoredIntakeMapping>
{
    public void Configure(EntityTypeBuilder<StoredIntakeMapping> builder)
    {
        builder.ToTable("IntakeMappings");
        builder.HasKey(m => m.Name);
        builder.Property(m => m.Name).HasMaxLength(64);
    }
}
