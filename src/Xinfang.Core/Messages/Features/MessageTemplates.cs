using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Messages.Features;

public sealed record MessageTemplateView(TextMessageKind Kind, string Name, string When, string Text, bool IsDefault, string DefaultText,
    IReadOnlyList<string> Placeholders, string? UpdatedBy, DateTimeOffset? UpdatedAt);

/// <summary>The administrator reads and edits the text-message templates; a template must keep the placeholders its
/// message cannot do without and may use only the ones its step fills in.</summary>
public sealed class MessageTemplates(XinfangDbContext db, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<MessageTemplateView>>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        if (Forbidden(actor) is { } forbidden)
        {
            return forbidden;
        }

        var stored = await db.Set<MessageTemplate>().AsNoTracking().ToDictionaryAsync(t => t.Kind, ct);
        return MessageTemplateCatalog.All.Select(entry => View(entry, stored.GetValueOrDefault(entry.Kind))).ToList();
    }

    public async Task<Result<MessageTemplateView>> SaveAsync(TextMessageKind? kind, string? text, Actor actor, CancellationToken ct = default)
    {
        if (Forbidden(actor) is { } forbidden)
        {
            return forbidden;
        }

        if (kind is not { } known || !Enum.IsDefined(known))
        {
            return Error.Validation("kind", "message.unknown_kind", "短信模板类型无效。");
        }

        var entry = MessageTemplateCatalog.Of(known);
        var trimmed = text?.Trim() ?? "";
        if (Problem(entry, trimmed) is { } problem)
        {
            return problem;
        }

        var template = await db.Set<MessageTemplate>().FirstOrDefaultAsync(t => t.Kind == known, ct);
        if (template is null)
        {
            template = new MessageTemplate(known, trimmed, actor.UserName, clock.GetUtcNow());
            db.Add(template);
        }
        else
        {
            template.Change(trimmed, actor.UserName, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(ct);
        return View(entry, template);
    }

    public static Error? Problem(MessageTemplateCatalog.Entry entry, string text)
    {
        if (text.Length == 0)
        {
            return Error.Validation("text", "message.text_required", "短信内容不能为空。");
        }

        if (text.Length > MessageTemplateCatalog.MaxLength || text.Contains('\0', StringComparison.Ordinal))
        {
            return Error.Validation("text", "message.text_invalid", $"短信内容不得超过{MessageTemplateCatalog.MaxLength}个字符，且不能含控制字符。");
        }

        var used = Placeholders.In(text).ToHashSet();
        if (used.Except(entry.Placeholders).FirstOrDefault() is { } unknown)
        {
            return Error.Validation("text", "message.unknown_placeholder",
                $"“{entry.Name}”不能使用占位符{{{unknown}}}；可用：{string.Join("、", entry.Placeholders.Select(p => $"{{{p}}}"))}。");
        }

        return entry.Required.FirstOrDefault(r => !used.Contains(r)) is { } missing
            ? Error.Validation("text", "message.placeholder_required", $"“{entry.Name}”必须包含占位符{{{missing}}}。")
            : null;
    }

    private static MessageTemplateView View(MessageTemplateCatalog.Entry entry, MessageTemplate? stored) => new(entry.Kind, entry.Name, entry.When,
        stored?.Text ?? entry.DefaultText, stored is null, entry.DefaultText, entry.Placeholders, stored?.UpdatedBy, stored?.UpdatedAt);

    private static Error? Forbidden(Actor actor) => actor.IsIn(Roles.Admin)
        ? null
        : Error.Forbidden("admin.forbidden", "只有管理员可以编辑短信模板。");
}
