namespace Xinfang.Core.Finance.Model;

/// <summary>The final accounts (部门决算) of one department for one fiscal year: every figure of the public
/// disclosure, in 万元, as the department states it. Totals are stored as printed beside their parts so that
/// the validator can compare them; the report generator never adds figures of its own.</summary>
public sealed record FinalAccounts
{
    /// <summary>Short stable identifier, e.g. "renhe-2022".</summary>
    public string Id { get; init; } = "";
    public string DepartmentName { get; init; } = "";
    /// <summary>The short name used inside sentences, e.g. 区信访局; defaults to the full name.</summary>
    public string? ShortName { get; init; }
    public int FiscalYear { get; init; }
    public DepartmentOverview Overview { get; init; } = new();
    public IncomeStatement Income { get; init; } = new();
    public ExpenditureStatement Expenditure { get; init; } = new();
    public FiscalAppropriation Fiscal { get; init; } = new();
    public IReadOnlyList<FunctionalLine> FunctionalLines { get; init; } = [];
    public IReadOnlyList<EconomicLine> EconomicLines { get; init; } = [];
    public ThreePublicCosts ThreePublic { get; init; } = new();
    /// <summary>机关运行经费</summary>
    public Amount OperatingCosts { get; init; } = Amount.Zero;
    public Procurement Procurement { get; init; } = new();
    public AssetHoldings Assets { get; init; } = new();
    public ChangeReasons Reasons { get; init; } = new();
    /// <summary>Section 10(四) 预算绩效管理情况, paragraphs as written by the department.</summary>
    public IReadOnlyList<string> PerformanceManagement { get; init; } = [];
    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public int PreviousYear => FiscalYear - 1;
}
