using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

namespace Xinfang.Web.Api;

/// <summary>The served OpenAPI document (/openapi/v1.json), kept lint-clean by `./test.sh` (redocly, recommended
/// rules): integration clients generate their code from it. Success bodies come from each endpoint's typed results;
/// this adds what typed results cannot say: the two ways to sign in, and the problem answers every operation may give
/// (<see cref="ProblemResults"/> chooses the status from the error at run time).</summary>
public static class OpenApiSetup
{
    public const string Bearer = "bearer";
    public const string Cookie = "cookie";
    public const string ApiKey = "apiKey";

    public static IServiceCollection AddXinfangOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer(async (document, context, ct) =>
        {
            document.Info.Title = "信访工作平台 API";
            document.Info.Description = "登记、办理、督办、指标与决算公开。错误以 application/problem+json 返回：title/detail 为中文说明，code 为稳定的英文错误码，errors 按字段列出。";
            document.Info.License = new OpenApiLicense { Name = "Proprietary", Identifier = "LicenseRef-Proprietary" };
            document.Servers = [new OpenApiServer { Url = "/", Description = "本平台" }];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "POST /api/auth/token 换取的访问令牌。",
            };
            document.Components.SecuritySchemes[Cookie] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "xinfang",
                Description = "工作台登录后的会话（浏览器）。",
            };
            document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Auth.ApiKeyAuthentication.Header,
                Description = "对接系统的密钥（系统管理 → 对接系统登记时显示一次）；仅用于 /api/intake。",
            };
            // The problem answers below refer to it; no endpoint names it as a typed result.
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[nameof(ProblemDetails)] = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, ct);
            document.Tags = new HashSet<OpenApiTag>(
                (document.Tags ?? new HashSet<OpenApiTag>()).Select(tag => new OpenApiTag { Name = tag.Name, Description = TagDescriptions.TryGetValue(tag.Name ?? "", out var text) ? text : tag.Name }));
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var secured = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
            var byClientKey = metadata.OfType<IAuthorizeData>().Any(a => a.Policy == Auth.ApiKeyAuthentication.Policy);
            operation.Security = byClientKey
                ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKey, context.Document)] = [] }]
                : secured
                ?
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Cookie, context.Document)] = [] },
                ]
                : [];
            operation.OperationId ??= OperationId(context.Description.HttpMethod, context.Description.RelativePath);

            var method = context.Description.HttpMethod ?? "GET";
            var path = context.Description.RelativePath ?? "";
            AddProblem(operation, StatusCodes.Status400BadRequest, "输入有误：字段及原因见 errors。");
            if (secured)
            {
                AddProblem(operation, StatusCodes.Status401Unauthorized, "未登录或会话已结束。");
                AddProblem(operation, StatusCodes.Status403Forbidden, "无权操作，或事项不在本人的数据范围内。");
            }

            if (path.Contains('{', StringComparison.Ordinal))
            {
                AddProblem(operation, StatusCodes.Status404NotFound, "未找到。");
            }

            if (!HttpMethods.IsGet(method))
            {
                AddProblem(operation, StatusCodes.Status409Conflict, "数据已被他人修改（版本不符），请刷新后重试。");
                AddProblem(operation, StatusCodes.Status422UnprocessableEntity, "不符合办理规则。");
            }

            return Task.CompletedTask;
        });
    });

    /// <summary>A download: the body is the file's bytes in one of these types (typed file results say nothing of it).</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.Produces<Stream>(StatusCodes.Status200OK, contentTypes[0], contentTypes[1..]);

    private static void AddProblem(OpenApiOperation operation, int status, string description)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(nameof(ProblemDetails)) },
            },
        };
    }

    /// <summary>"POST api/cases/{id}/actions/{action}" → "post-api-cases-id-actions-action": stable and unique.</summary>
    private static string OperationId(string? method, string? path) =>
        $"{method?.ToLowerInvariant()}-{string.Join('-', (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Plain))}";

    /// <summary>"{id:int}" → "id", "report.{format}" → "report-format".</summary>
    private static string Plain(string segment) =>
        System.Text.RegularExpressions.Regex.Replace(segment, @":[^}]*|[{}]", "").Replace('.', '-');

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["运行状态"] = "平台与数据库是否可用（无需登录）。",
        ["认证"] = "用户名和密码换取访问令牌。",
        ["信访事项"] = "登记、查询和办理信访事项；附件上传与下载。",
        ["指标"] = "信访“三率”等统计指标。",
        ["工作日历"] = "按法定节假日和调休计算办理期限。",
        ["系统管理：节假日与办理期限"] = "管理员维护各年度节假日安排和各环节办理期限。",
        ["组织机构"] = "登记时可选的单位、区划和问题分类。",
        ["系统管理"] = "管理员维护单位、用户与角色、区划和问题分类。",
        ["部门决算公开"] = "决算公开报告（Word、PDF、Excel、HTML）与导入模板。",
        ["预算绩效管理"] = "绩效目标、监控与自评。",
        ["领导包案"] = "领导包案事项及其办理情况。",
        ["重点问题台账"] = "重点问题台账、进展、批示和专项行动。",
        ["渠道对接"] = "外部系统（12345、省网上信访系统、领导信箱等）以对接系统密钥推送事项、查询办理状态。",
        ["系统管理：对接系统"] = "管理员登记对接系统，发放、更换、停用其密钥，设置状态回传地址。",
    };
}
