using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Common;
using Xinfang.Core.Finance.Features;
using Xinfang.Core.Finance.Report;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Documents;
using Xinfang.Documents.Excel;
using Xinfang.Documents.Html;

namespace Xinfang.Web.Api;

/// <summary>Files of the Finance pages: the generated report in every format, its HTML preview, and the blank
/// workbook template. For Finance and Admin; a browser without a session is sent to the sign-in page.</summary>
public static class FinanceApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapFinanceApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/finance").WithTags("部门决算公开")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Finance, Roles.Admin));
        group.MapGet("/template.xlsx", Template).WithSummary("空白的决算数据导入模板（Excel 工作簿）").ProducesFile(Xlsx);
        group.MapGet("/{id}/report.{format}", Report).WithSummary("生成的决算公开报告：docx、pdf、xlsx 或 html")
            .ProducesFile(ContentType(ReportFormat.Docx), ContentType(ReportFormat.Pdf), Xlsx, "text/html");
        group.MapGet("/{id}/preview", Preview).WithSummary("报告的 HTML 预览（嵌入页面，含图表）").ProducesFile("text/html");
        return group;
    }

    private static FileContentHttpResult Template()
    {
        using var output = new MemoryStream();
        WorkbookTemplateWriter.Write(output);
        return TypedResults.File(output.ToArray(), Xlsx, "决算数据导入模板.xlsx");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Report(string id, string format, GenerateFinalAccountsReport handler, CancellationToken ct)
    {
        if (!ReportFormats.TryParse(format, out var kind))
        {
            return ProblemResults.From(Result.Failure(Error.Validation("format", "finance.unknown_format", $"不支持的格式“{format}”：请使用 docx、pdf、xlsx 或 html。")));
        }
        var report = await handler.HandleAsync(id, ct);
        if (!report.IsSuccess)
        {
            return ProblemResults.From(report);
        }
        using var output = new MemoryStream();
        new ReportExporter(report.Value).Write(kind, output);
        return TypedResults.File(output.ToArray(), ContentType(kind), $"{report.Value.Title}{ReportFormats.Extension(kind)}");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Preview(string id, GenerateFinalAccountsReport handler, CancellationToken ct)
    {
        var report = await handler.HandleAsync(id, ct);
        if (!report.IsSuccess)
        {
            return ProblemResults.From(report);
        }
        var exporter = new ReportExporter(report.Value);
        return TypedResults.Content(HtmlReportRenderer.Render(exporter.Report, exporter.Charts), "text/html; charset=utf-8", Encoding.UTF8);
    }

    private static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ReportFormat.Pdf => "application/pdf",
        ReportFormat.Xlsx => Xlsx,
        _ => "text/html; charset=utf-8",
    };
}
