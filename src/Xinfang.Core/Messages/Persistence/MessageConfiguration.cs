using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Xinfang.Core.Messages.Persistence;

internal sealed class MessageTemplateConfiguration : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> builder)
    {
        builder.ToTable("MessageTemplates");
        builder.HasKey(t => t.Kind);
        builder.Property(t => t.Kind).HasMaxLength(32);
        builder.Property(t => t.Text).HasMaxLength(MessageTemplateCatalog.MaxLength);
        builder.Property(t => t.UpdatedBy).HasMaxLength(100);
    }
}
