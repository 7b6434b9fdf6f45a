namespace Xinfang.Core.Performance.Model;

/// <summary>One project of a department-year with its targets and self-evaluation: the content of one 部门预算项目
/// 支出绩效自评表. Totals are kept as printed (合计 weight and score) so the engine can check them.</summary>
public sealed record ProjectEvaluation
{
    /// <summary>Project code, e.g. 51041122T000000395114.</summary>
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public ProjectType Type { get; init; }
    /// <summary>主管部门</summary>
    public string CompetentDepartment { get; init; } = "";
    /// <summary>实施单位</summary>
    public string ImplementingUnit { get; init; } = "";
    /// <summary>项目年度目标</summary>
    public string YearGoal { get; init; } = "";
    /// <summary>年度目标完成情况</summary>
    public string GoalOutcome { get; init; } = "";
    /// <summary>项目实施内容及过程概述</summary>
    public string ImplementationSummary { get; init; } = "";
    public BudgetExecution Budget { get; init; } = new();
    public IReadOnlyList<PerformanceIndicator> Indicators { get; init; } = [];
    /// <summary>合计 row: the weight total and the score total as printed.</summary>
    public decimal? PrintedWeightTotal { get; init; }
    public decimal? EnteredTotal { get; init; }
    /// <summary>评价结论</summary>
    public string Conclusion { get; init; } = "";
    /// <summary>存在问题</summary>
    public string Problems { get; init; } = "";
    /// <summary>改进措施</summary>
    public string Measures { get; init; } = "";

    public string Title => $"{Code}-{Name}";
}
