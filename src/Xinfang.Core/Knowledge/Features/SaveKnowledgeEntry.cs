using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Knowledge.Features;

/// <summary>Writes a new entry as a draft of the author's unit, or a new version of an entry the editor's unit owns.</summary>
public sealed class SaveKnowledgeEntry(XinfangDbContext db, TimeProvider clock, OrganisationDirectory directory, KnowledgeQueries queries)
{
    public async Task<Result<KnowledgeEntryView>> CreateAsync(KnowledgeEntryRequest request, Actor actor, CancellationToken ct = default)
    {
        if (!KnowledgeAccess.MayWrite(actor) || actor.UnitId == 0)
        {
            return Error.Forbidden("knowledge.write_forbidden", "只有单位工作人员可以编写知识库条目。");
        }

        var (content, errors) = KnowledgeRules.Check(request, await directory.GetAsync(ct), ChinaTime.Today(clock));
        if (content is null)
        {
            return Result.Failure<KnowledgeEntryView>([.. errors]);
        }

        var entry = KnowledgeEntry.Write(content, actor.UnitId, actor, clock.GetUtcNow());
        db.KnowledgeEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return await queries.ViewAsync(entry, actor, ct);
    }

    public async Task<Result<KnowledgeEntryView>> ReviseAsync(int id, KnowledgeEntryRequest request, Actor actor, CancellationToken ct = default)
    {
        var entry = await db.KnowledgeEntries.Include(e => e.Versions).Include(e => e.Attachments).AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null || !KnowledgeAccess.MayRead(actor))
        {
            return Error.NotFound("knowledge.not_found", "知识库条目不存在。");
        }

        if (!KnowledgeAccess.MayEdit(actor, entry))
        {
            return Error.Forbidden("knowledge.edit_forbidden", "只有条目所属单位的工作人员可以修改。");
        }

        var (content, errors) = KnowledgeRules.Check(request, await directory.GetAsync(ct), ChinaTime.Today(clock));
        if (content is null)
        {
            return Result.Failure<KnowledgeEntryView>([.. errors]);
        }

        try
        {
            entry.Revise(content, actor, clock.GetUtcNow(), request.Note);
        }
        catch (RuleViolationException violation)
        {
            return violation.Error;
        }

        await db.SaveChangesAsync(ct);
        return await queries.ViewAsync(entry, actor, ct);
    }
}
