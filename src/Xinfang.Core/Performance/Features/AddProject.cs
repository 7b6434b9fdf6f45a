using System.Text.RegularExpressions;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Performance.Model;

namespace Xinfang.Core.Performance.Features;

public sealed record AddProject(
    string YearId, string? Code, string? Name, ProjectType? Type, string? ImplementingUnit, string? YearGoal,
    decimal? InitialBudget, decimal? AdjustedBudget, int? ExpectedRevision = null);

/// <summary>Adds a project (项目) to a department-year, with its budget in 万元 (paid from fiscal funds) and the usual
/// budget weight of 10; its indicators are then added one by one.</summary>
public sealed partial class AddProjectHandler(PerformanceYears years, IPerformanceYearStore store)
{
    public async Task<Result<StoredYear>> HandleAsync(AddProject request, Actor actor, CancellationToken ct = default)
    {
        if (YearEditing.Forbidden(actor) is { } forbidden)
        {
            return forbidden;
        }

        if (await years.FindAsync(request.YearId, ct) is not { } stored)
        {
            return YearEditing.YearNotFound(request.YearId);
        }

        var year = stored.Year;

        var code = request.Code?.Trim() ?? "";
        var errors = new List<Error>();
        if (!ProjectCode().IsMatch(code))
        {
            errors.Add(Error.Validation("code", "performance.code_invalid", "项目编码须为6至30位数字或大写字母（如 51041122T000000395114）。"));
        }
        else if (year.Projects.Any(p => p.Code == code))
        {
            errors.Add(Error.Validation("code", "performance.code_taken", $"本年度已有编码为“{code}”的项目。"));
        }

        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            errors.Add(Error.Validation("name", "validation.required", "请填写项目名称（不超过100字）。"));
        }

        if (request.Type is null)
        {
            errors.Add(Error.Validation("type", "validation.required", "请选择项目类别。"));
        }

        if (request.InitialBudget is < 0)
        {
            errors.Add(Error.Validation("initialBudget", "performance.amount_negative", "年初预算数不能为负数。"));
        }

        if (request.AdjustedBudget is < 0)
        {
            errors.Add(Error.Validation("adjustedBudget", "performance.amount_negative", "调整后预算数不能为负数。"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<StoredYear>([.. errors]);
        }

        var amounts = new FundRow { InitialBudget = request.InitialBudget, AdjustedBudget = request.AdjustedBudget ?? request.InitialBudget };
        var project = new ProjectEvaluation
        {
            Code = code,
            Name = name,
            Type = request.Type!.Value,
            CompetentDepartment = year.DepartmentName,
            ImplementingUnit = YearEditing.Blank(request.ImplementingUnit) ?? year.DepartmentName,
            YearGoal = request.YearGoal?.Trim() ?? "",
            Budget = new BudgetExecution
            {
                Total = amounts,
                Sources = new Dictionary<FundSource, FundRow> { [FundSource.Fiscal] = amounts },
                Weight = 10,
            },
        };
        var changed = year with { Projects = [.. year.Projects, project] };
        return await store.SaveAsync(changed, request.ExpectedRevision ?? stored.Revision, ct);
    }

    [GeneratedRegex("^[0-9A-Z]{6,30}$")]
    private static partial Regex ProjectCode();
}
