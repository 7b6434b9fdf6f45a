using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Hotline.Features;

public sealed record DirectAnswerRequest(string? Text, int? CategoryId, string? KnowledgeUsed);

/// <summary>直接答复: the agent settles a consultation on the call and records what was said, the category and the
/// knowledge used. Once per call, and not for a call a case was registered from.</summary>
public sealed class RecordDirectAnswer(XinfangDbContext db, TimeProvider clock, OrganisationDirectory directory, HotlineFigureSummaries summaries)
{
    public async Task<Result<long>> HandleAsync(long callId, DirectAnswerRequest? request, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsInAny([Roles.Registrar, Roles.Dispatcher]))
        {
            return Error.Forbidden("hotline.answer_forbidden", "只有坐席（登记员）或派单员可以记录直接答复。");
        }

        var call = await db.HotlineCalls.FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return Error.NotFound("hotline.call_not_found", $"来电 {callId} 不存在。");
        }

        var text = request?.Text?.Trim() ?? "";
        var errors = new List<Error>();
        if (text.Length < 5 || text.Length > 4000 || text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors.Add(Error.Validation("text", "validation.required", "请填写答复内容（5至4000字）。"));
        }

        if (request?.CategoryId is { } categoryId && !(await directory.GetAsync(ct)).SelectableLeaves().Any(c => c.Id == categoryId))
        {
            errors.Add(Error.Validation("categoryId", "validation.not_found", "问题分类不存在或已停用。"));
        }

        if (request?.KnowledgeUsed is { Length: > 200 })
        {
            errors.Add(Error.Validation("knowledgeUsed", "validation.too_long", "引用的知识条目不能超过200个字。"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<long>([.. errors]);
        }

        if (call.CaseId is not null)
        {
            return Error.Rule("hotline.already_registered", "该来电已登记为信访事项，不能再记为直接答复。");
        }

        if (await db.HotlineDirectAnswers.AnyAsync(a => a.CallId == callId, ct))
        {
            return Error.Conflict("hotline.already_answered", "该来电已记录直接答复。");
        }

        var now = clock.GetUtcNow();
        var answer = new DirectAnswer(callId, text, request!.CategoryId, request.KnowledgeUsed?.Trim(), actor.UserId, actor.DisplayName, now);
        db.HotlineDirectAnswers.Add(answer);
        call.Outcome(now);
        summaries.OutcomesChanged([call.StartAt]);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("hotline.already_answered", "该来电已记录直接答复。");
        }

        return answer.Id;
    }
}
