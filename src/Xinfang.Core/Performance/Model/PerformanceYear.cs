namespace Xinfang.Core.Performance.Model;

/// <summary>Performance management of one department for one fiscal year: the projects with their targets and
/// self-evaluation tables, the department-wide evaluation and the projects' written reports.</summary>
public sealed record PerformanceYear
{
    /// <summary>Short stable identifier, e.g. "renhe-2022" (the same as the department's final accounts).</summary>
    public string Id { get; init; } = "";
    public string DepartmentName { get; init; } = "";
    public int FiscalYear { get; init; }
    public IReadOnlyList<ProjectEvaluation> Projects { get; init; } = [];
    public DepartmentEvaluation Department { get; init; } = new();
    public IReadOnlyList<ProjectReport> ProjectReports { get; init; } = [];
}
