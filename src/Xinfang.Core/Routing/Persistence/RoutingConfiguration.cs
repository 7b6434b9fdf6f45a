using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xinfang.Core.Cases;

namespace Xinfang.Core.Routing.Persistence;

internal sealed class StoredRoutingModelConfiguration : IEntityTypeConfiguration<StoredRoutingModel>
{
    public void Configure(EntityTypeBuilder<StoredRoutingModel> builder)
    {
        builder.ToTable("RoutingModels");
        builder.Property(m => m.TrainedBy).HasMaxLength(100);
    }
}

internal sealed class CategorySuggestionRecordConfiguration : IEntityTypeConfiguration<CategorySuggestionRecord>
{
    public void Configure(EntityTypeBuilder<CategorySuggestionRecord> builder)
    {
        builder.ToTable("CategorySuggestions");
        builder.HasKey(s => s.CaseId);
        builder.HasIndex(s => s.SuggestedAt);
        builder.HasOne<Case>().WithOne().HasForeignKey<CategorySuggestionRecord>(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StoredRoutingModel>().WithMany().HasForeignKey(s => s.ModelId).OnDelete(DeleteBehavior.Restrict);
    }
}
