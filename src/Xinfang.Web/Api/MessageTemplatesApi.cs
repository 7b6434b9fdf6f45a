using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Identity;
using Xinfang.Core.Messages;
using Xinfang.Core.Messages.Features;

namespace Xinfang.Web.Api;

public sealed record MessageTemplateRequest(string? Text);

/// <summary>The text-message templates (Admin only): each step's text with its placeholders.</summary>
public static class MessageTemplatesApi
{
    public static RouteGroupBuilder MapMessageTemplatesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin/message-templates").WithTags("系统管理：短信").RequireAuthorization();
        group.MapGet("/", List).WithSummary("短信模板（每个环节一条，含可用占位符与默认文本）");
        group.MapPut("/{kind}", Save).WithSummary("修改短信模板（须保留必需的占位符，如验证码短信的{验证码}）");
        return group;
    }

    public static async Task<Results<Ok<IReadOnlyList<MessageTemplateView>>, ProblemHttpResult>> List(MessageTemplates templates, ActorAccessor actors,
        CancellationToken ct)
    {
        var result = await templates.ListAsync(actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }

    public static async Task<Results<Ok<MessageTemplateView>, ProblemHttpResult>> Save(string kind, MessageTemplateRequest? request, MessageTemplates templates,
        ActorAccessor actors, CancellationToken ct)
    {
        TextMessageKind? parsed = Enum.TryParse<TextMessageKind>(kind, ignoreCase: true, out var value) && !int.TryParse(kind, out _) ? value : null;
        var result = await templates.SaveAsync(parsed, request?.Text, actors.Actor, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ProblemResults.From(result);
    }
}
