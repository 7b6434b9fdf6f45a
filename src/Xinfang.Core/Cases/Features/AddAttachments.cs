using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Cases.Features;

public sealed record AddAttachmentsOutcome(Case Case, CaseEvent Step, IReadOnlyList<CaseAttachment> Added);

/// <summary>添加附件 to a case the actor sees: to a step they took (a reply registered through the JSON API, then
/// its documents), or as a step of its own (补充附件) that names the files. Every file is checked (type from the
/// bytes, size, count); one bad file and nothing is stored. The upload is audited like every change.</summary>
public sealed class AddAttachments(XinfangDbContext db, TimeProvider clock, AttachmentSettings settings)
{
    public async Task<Result<AddAttachmentsOutcome>> HandleAsync(string caseKey, IReadOnlyList<AttachmentUpload> uploads, long? eventId, Actor actor, CancellationToken ct = default)
    {
        var @case = await CaseLoader.LoadByNumberOrIdAsync(db, caseKey, ct);
        if (@case is null)
        {
            return Error.NotFound("case.not_found", $"信访事项 {caseKey} 不存在。");
        }

        if (!actor.Scope.CanSee(@case))
        {
            return CaseAccess.OutOfScope();
        }

        if (AttachmentRules.RoleError(actor) is { } roleError)
        {
            return roleError;
        }

        CaseEvent? step = null;
        if (eventId is { } id)
        {
            step = @case.Events.FirstOrDefault(e => e.Id == id);
            if (step is null)
            {
                return Error.Validation("eventId", "attachment.step_not_found", $"{@case.Number}没有编号为{id}的办理环节。");
            }

            if (Case.AttachError(step, actor) is { } stepError)
            {
                return stepError;
            }
        }

        if (uploads.Count == 0)
        {
            return Error.Validation(AttachmentRules.Field, "attachment.none", "请选择要上传的文件。");
        }

        var already = step is null ? 0 : @case.Attachments.Count(a => a.EventId == step.Id);
        var (files, errors) = AttachmentRules.Check(uploads, settings, already);
        if (errors.Count > 0)
        {
            return Result.Failure<AddAttachmentsOutcome>([.. errors]);
        }

        var now = clock.GetUtcNow();
        var before = @case.Attachments.Count;
        try
        {
            if (step is null)
            {
                step = @case.AddAttachments(files, actor, now, settings.MaxFilesPerAction);
            }
            else
            {
                @case.Attach(step, files, actor, now, settings.MaxFilesPerAction);
            }

            await db.SaveChangesAsync(ct);
        }
        catch (RuleViolationException violation)
        {
            return violation.Error;
        }

        return new AddAttachmentsOutcome(@case, step, @case.Attachments.Skip(before).OrderBy(a => a.Ordinal).ToList());
    }
}
