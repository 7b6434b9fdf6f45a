using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Notices.Features;

public sealed record NoticeTemplateView(NoticeKind Kind, string Title, string NumberWord, bool ForPetitioner, string Body, bool IsDefault,
    string DefaultBody, IReadOnlyList<string> Placeholders, string? UpdatedBy, DateTimeOffset? UpdatedAt);

/// <summary>The administrator reads and edits the notice templates; a body may use only the placeholders its step fills
/// in. Notices already issued keep their text.</summary>
public sealed class NoticeTemplates(XinfangDbContext db, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<NoticeTemplateView>>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        if (Forbidden(actor) is { } forbidden)
        {
            return forbidden;
        }

        var stored = await db.NoticeTemplates.AsNoTracking().ToDictionaryAsync(t => t.Kind, ct);
        return NoticeCatalog.All.Select(e => View(e, stored.GetValueOrDefault(e.Kind))).ToList();
    }

    public async Task<Result<NoticeTemplateView>> SaveAsync(NoticeKind? kind, string? body, Actor actor, CancellationToken ct = default)
    {
        if (Forbidden(actor) is { } forbidden)
        {
            return forbidden;
        }

        if (kind is not { } known || !Enum.IsDefined(known))
        {
            return Error.Validation("kind", "notice.unknown_kind", "文书类型无效。");
        }

        var entry = NoticeCatalog.Of(known);
        var text = body?.Trim().ReplaceLineEndings("\n") ?? "";
        if (text.Length == 0)
        {
            return Error.Validation("body", "notice.body_required", "文书正文不能为空。");
        }

        if (text.Length > NoticeCatalog.MaxBodyLength || text.Any(c => char.IsControl(c) && c != '\n'))
        {
            return Error.Validation("body", "notice.body_invalid", $"文书正文不得超过{NoticeCatalog.MaxBodyLength}个字符，且不能含控制字符。");
        }

        if (Placeholders.In(text).Except(entry.Placeholders).FirstOrDefault() is { } unknown)
        {
            return Error.Validation("body", "notice.unknown_placeholder",
                $"“{entry.Title}”不能使用占位符{{{unknown}}}；可用：{string.Join("、", entry.Placeholders.Select(p => $"{{{p}}}"))}。");
        }

        var template = await db.NoticeTemplates.FirstOrDefaultAsync(t => t.Kind == known, ct);
        if (template is null)
        {
            template = new NoticeTemplate(known, text, actor.UserName, clock.GetUtcNow());
            db.NoticeTemplates.Add(template);
        }
        else
        {
            template.Change(text, actor.UserName, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(ct);
        return View(entry, template);
    }

    private static NoticeTemplateView View(NoticeCatalog.Entry e, NoticeTemplate? stored) => new(e.Kind, e.Title, e.NumberWord, e.ForPetitioner,
        stored?.Body ?? e.DefaultBody, stored is null, e.DefaultBody, e.Placeholders, stored?.UpdatedBy, stored?.UpdatedAt);

    private static Error? Forbidden(Actor actor) => actor.IsIn(Roles.Admin) ? null : Error.Forbidden("admin.forbidden", "只有管理员可以编辑文书模板。");
}
