namespace Xinfang.Core.Performance.Model;

/// <summary>A heading and its paragraphs in a written report; level 1 = 一、, 2 = （一）, 3 = 1.</summary>
public sealed record ReportSection(int Level, string Heading, IReadOnlyList<string> Paragraphs);

/// <summary>The budget figures the department-wide report quotes for one kind of project (三、（一）部门预算项目绩效
/// 分析), in 万元; null where the report does not quote the figure.</summary>
public sealed record ClassExecution(ProjectType Type, decimal? InitialBudget, decimal? Adjustment, decimal? Executed, decimal? PrintedRate);

/// <summary>The department-wide self-evaluation (部门整体绩效自评): its report as sections, the score the department
/// gave itself, and the figures it quotes (by kind of project and in total) so they can be checked against the
/// project tables.</summary>
public sealed record DepartmentEvaluation
{
    public string Title { get; init; } = "";
    public decimal? EnteredScore { get; init; }
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];
    public IReadOnlyList<ClassExecution> Classes { get; init; } = [];
    public decimal? TotalInitialBudget { get; init; }
    public decimal? TotalExecuted { get; init; }
}

/// <summary>A project's own written self-evaluation report (附件2).</summary>
public sealed record ProjectReport(string ProjectCode, string Title, IReadOnlyList<ReportSection> Sections);
