namespace Xinfang.Core.Finance.Model;

/// <summary>Part 1 of the report: the department's duties and structure, as the department writes them.</summary>
public sealed record DepartmentOverview
{
    public IReadOnlyList<string> Duties { get; init; } = [];
    public IReadOnlyList<string> Structure { get; init; } = [];
}
