using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Portal.Features;

/// <summary>
/// What the petitioner does on the portal with their own matter, after giving its number and query code: rate the
/// reply once (满意/基本满意/不满意 — the callback result, counted in the three rates as a registrar's callback is) and
/// ask for review within 30 days of the reply (the request lands in the review queue). Both are the case's own
/// transitions, with their rules, audited as the portal.
/// </summary>
public sealed class PetitionerActions(TrackMatter track, PerformCaseAction perform, ActorAccessor actors)
{
    public const int MaxTextLength = 2000;

    public Task<Result<PortalProgress>> RateAsync(string? caseNumber, string? queryCode, Satisfaction? satisfaction, string? comment,
        CancellationToken ct = default) =>
        ActAsync(caseNumber, queryCode, CaseAction.Callback, satisfaction is { } s && Enum.IsDefined(s)
            ? Checked(Text("comment", comment, required: false),
                () => new CaseActionRequest(Satisfaction: s, Note: Blank(comment) is { } note ? $"（群众门户评价）{note}" : "（群众门户评价）"))
            : Error.Validation("satisfaction", "validation.required", "请选择：满意、基本满意或不满意。"), ct);

    public Task<Result<PortalProgress>> AskForReviewAsync(string? caseNumber, string? queryCode, string? reason, CancellationToken ct = default) =>
        ActAsync(caseNumber, queryCode, CaseAction.RequestReview,
            Checked(Text("reason", reason, required: true), () => new CaseActionRequest(Reason: reason!.Trim())), ct);

    private async Task<Result<PortalProgress>> ActAsync(string? caseNumber, string? queryCode, CaseAction action, Result<CaseActionRequest> request,
        CancellationToken ct)
    {
        if (await track.OpenAsync(caseNumber, queryCode, ct) is not { } @case)
        {
            return PortalRules.NotFound();
        }

        if (!request.IsSuccess)
        {
            return Result.Failure<PortalProgress>([.. request.Errors]);
        }

        var actor = PortalActor.For(@case.Number);
        actors.Actor = actor;
        var done = await perform.HandleAsync(@case.Number, action, request.Value with { ExpectedVersion = @case.Version }, actor, CaseViewUse.NotShown, ct);
        if (!done.IsSuccess)
        {
            return Result.Failure<PortalProgress>([.. done.Errors.Select(Plain)]);
        }

        return await track.HandleAsync(caseNumber, queryCode, ct);
    }

    /// <summary>A rule of the workflow as the petitioner should read it.</summary>
    private static Error Plain(Error error) => error.Code switch
    {
        "case.illegal_transition" or "case.role_not_allowed" => error with { Message = "该事项当前不能进行此操作（可能已评价或已在办理中），请刷新后查看最新进度。" },
        _ => error,
    };

    private static Error? Text(string field, string? text, bool required)
    {
        var value = text?.Trim() ?? "";
        if (required && value.Length < 5)
        {
            return Error.Validation(field, "validation.required", "请写明请求复查的理由（至少5个字）。");
        }

        return value.Length > MaxTextLength || value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            ? Error.Validation(field, "validation.too_long", $"内容不能超过{MaxTextLength}个字，且不能含特殊控制字符。")
            : null;
    }

    private static Result<CaseActionRequest> Checked(Error? error, Func<CaseActionRequest> request) => error is null ? request() : error;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
