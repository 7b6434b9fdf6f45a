namespace Xinfang.Core.Performance.Rules;

/// <summary>A band of the qualitative scale: completion words that fall in it and the share of the weight it earns
/// (e.g. 达成 = 80 %–100 %).</summary>
public sealed record QualitativeBand(string Name, decimal MinShare, decimal MaxShare, IReadOnlyList<string> Words);

/// <summary>A grade and the lowest total that earns it (e.g. 优 from 90).</summary>
public sealed record GradeBand(string Name, decimal MinScore);

/// <summary>What an indicator earns when its completion value is blank or not a number.</summary>
public enum UnmeasuredScoring
{
    /// <summary>Nothing: no evidence, no points.</summary>
    Zero,
    /// <summary>The score the department entered, flagged.</summary>
    KeepEntered,
}

/// <summary>How a department-wide reference score is formed from the project rule totals.</summary>
public enum DepartmentAggregation
{
    /// <summary>Average weighted by each project's adjusted budget.</summary>
    BudgetWeighted,
    /// <summary>Plain average of the projects.</summary>
    Simple,
}

/// <summary>The scoring rules of one jurisdiction, as data (provinces differ). Shares are fractions (0.8 = 80 %).</summary>
public sealed record RuleProfile
{
    public string Name { get; init; } = "";
    public string Title { get; init; } = "";
    /// <summary>The document the rules come from.</summary>
    public string Basis { get; init; } = "";
    public decimal BudgetWeight { get; init; } = 10m;
    public decimal IndicatorWeight { get; init; } = 90m;
    /// <summary>Execution rate at or above which the budget part earns full marks (1 = 100 %).</summary>
    public decimal BudgetFullRate { get; init; } = 1m;
    /// <summary>Execution rate below which the budget part earns nothing (0 = always proportional).</summary>
    public decimal BudgetZeroBelowRate { get; init; }
    /// <summary>Execution rate below which the table must give a reason (预算执行率未达到90%的需说明原因).</summary>
    public decimal ReasonRequiredBelowRate { get; init; } = 0.9m;
    public IReadOnlyList<QualitativeBand> QualitativeBands { get; init; } = [];
    /// <summary>Highest first.</summary>
    public IReadOnlyList<GradeBand> Grades { get; init; } = [];
    /// <summary>Completion words that mean “met” for a quantitative indicator (e.g. a time indicator marked 完成).</summary>
    public IReadOnlyList<string> MetWords { get; init; } = [];
    public UnmeasuredScoring Unmeasured { get; init; } = UnmeasuredScoring.Zero;
    public DepartmentAggregation DepartmentAggregation { get; init; } = DepartmentAggregation.BudgetWeighted;
    /// <summary>Monitoring: spending this far (fraction of the budget) behind the share of the year elapsed is a warning …</summary>
    public decimal MonitoringWarningLag { get; init; } = 0.10m;
    /// <summary>… and this far behind is serious.</summary>
    public decimal MonitoringSeriousLag { get; init; } = 0.25m;

    public decimal TotalWeight => BudgetWeight + IndicatorWeight;

    public GradeBand GradeOf(decimal score) =>
        Grades.OrderByDescending(g => g.MinScore).FirstOrDefault(g => score >= g.MinScore) ?? Grades.OrderBy(g => g.MinScore).First();

    public QualitativeBand? BandOf(string completion)
    {
        var word = completion.Trim();
        return QualitativeBands.FirstOrDefault(b => b.Words.Contains(word));
    }
}
