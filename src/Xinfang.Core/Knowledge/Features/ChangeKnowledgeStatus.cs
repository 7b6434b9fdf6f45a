using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Knowledge.Features;

/// <summary>送审 (submit, the owning unit's staff), 审核发布 (approve) / 退回 (return, with a reason) / 撤回 (withdraw) by
/// the unit head. Approving or withdrawing rewrites the entry's searchable words in the same transaction.</summary>
public sealed class ChangeKnowledgeStatus(XinfangDbContext db, TimeProvider clock, KnowledgeQueries queries)
{
    public static readonly IReadOnlyList<string> Actions = ["submit", "approve", "return", "withdraw"];

    public async Task<Result<KnowledgeEntryView>> HandleAsync(int id, string action, string? note, Actor actor, CancellationToken ct = default)
    {
        var entry = await db.KnowledgeEntries.Include(e => e.Versions).Include(e => e.Attachments).AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null || !KnowledgeAccess.MayRead(actor))
        {
            return Error.NotFound("knowledge.not_found", "知识库条目不存在。");
        }

        if (!Actions.Contains(action))
        {
            return Error.NotFound("knowledge.unknown_action", $"没有“{action}”这一操作（可用：{string.Join("、", Actions)}）。");
        }

        if (!(action == "submit" ? KnowledgeAccess.MayEdit(actor, entry) : KnowledgeAccess.MayApprove(actor, entry)))
        {
            return Error.Forbidden("knowledge.action_forbidden", action == "submit" ? "只有条目所属单位的工作人员可以送审。" : "只有条目所属单位的负责人可以审核、退回或撤回。");
        }

        var reason = note?.Trim();
        if (action == "return" && string.IsNullOrEmpty(reason))
        {
            return Error.Validation("note", "validation.required", "请填写退回理由。");
        }

        if (reason is { Length: > KnowledgeRules.MaxNote } || (reason ?? "").Any(char.IsControl))
        {
            return Error.Validation("note", "validation.too_long", $"说明不超过 {KnowledgeRules.MaxNote} 个字符，且不含控制字符。");
        }

        var now = clock.GetUtcNow();
        try
        {
            switch (action)
            {
                case "submit": entry.Submit(now); break;
                case "approve": entry.Approve(actor, now); break;
                case "return": entry.Return(reason!, now); break;
                default: entry.Withdraw(now); break;
            }
        }
        catch (RuleViolationException violation)
        {
            return violation.Error;
        }

        if (action is "approve" or "withdraw")
        {
            var text = KnowledgeSearchText.Of(entry);
            var stored = await db.KnowledgeSearchTexts.FirstOrDefaultAsync(t => t.EntryId == entry.Id, ct);
            if (stored is null)
            {
                db.KnowledgeSearchTexts.Add(new KnowledgeSearchText(entry.Id, text));
            }
            else
            {
                stored.Replace(text);
            }
        }

        await db.SaveChangesAsync(ct);
        return await queries.ViewAsync(entry, actor, ct);
    }
}
