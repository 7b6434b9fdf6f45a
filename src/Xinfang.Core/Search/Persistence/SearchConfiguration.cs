using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xinfang.Core.Cases;

namespace Xinfang.Core.Search.Persistence;

/// <summary>The full-text objects beside this table (the PostgreSQL tsvector column and its GIN index, SQLite's FTS5 table
/// and triggers) are created by SQL in each provider's migration "CaseSearch"; see <see cref="FullTextSql"/>.</summary>
internal sealed class CaseSearchTextConfiguration : IEntityTypeConfiguration<CaseSearchText>
{
    public void Configure(EntityTypeBuilder<CaseSearchText> builder)
    {
        builder.ToTable("CaseSearchTexts");
        builder.HasIndex(t => t.CaseId).IsUnique();
        builder.HasOne<Case>().WithOne().HasForeignKey<CaseSearchText>(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
