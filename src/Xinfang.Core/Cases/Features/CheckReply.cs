using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Cases.Features;

public sealed record ReplyCheckRequest(string? Text, CaseAction? Step = null);

/// <summary>答复意见检查 before a written reply is sent (<see cref="ReplyCheck"/>): for a case the handler may see.</summary>
public sealed class CheckReply(XinfangDbContext db)
{
    public const int MaxTextLength = 20_000;

    public async Task<Result<ReplyCheckResult>> HandleAsync(Guid caseId, ReplyCheckRequest request, Actor actor, CancellationToken ct = default)
    {
        var @case = await CaseLoader.LoadAsync(db, caseId, ct);
        if (@case is null)
        {
            return Error.NotFound("case.not_found", "信访事项不存在。");
        }

        if (!actor.Scope.CanSee(@case))
        {
            return CaseAccess.OutOfScope();
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return Error.Validation("text", "validation.required", "请先填写答复意见。");
        }

        if (request.Text.Length > MaxTextLength)
        {
            return Error.Validation("text", "validation.too_long", $"答复意见不能超过 {MaxTextLength} 个字符。");
        }

        var step = request.Step ?? CaseAction.Reply;
        if (step is not (CaseAction.Reply or CaseAction.AnswerReview or CaseAction.AnswerReReview or CaseAction.ReportResult))
        {
            return Error.Validation("step", "reply.bad_step", "只检查答复意见、办理结果报告、复查意见和复核意见。");
        }

        var own = @case.Petitioners.SelectMany(p => new[] { p.Phone, p.IdNumber })
            .Where(n => !string.IsNullOrEmpty(n)).Select(n => n!.Trim().ToUpperInvariant()).ToHashSet();
        return ReplyCheck.Check(request.Text, @case.Subject, @case.Content, step, own);
    }
}
