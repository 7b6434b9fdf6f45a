using Xinfang.Core.Performance.Model;

namespace Xinfang.UnitTests.Performance;

/// <summary>Test data with valid defaults: a consistent project (budget 10/10/10 at 100 %, four quantitative
/// indicators of 22.5 each, all met and entered at full marks, total 100).</summary>
internal static class ProjectBuilder
{
    public static PerformanceIndicator Indicator(string nature = "≥", string target = "100", string? completion = "100", decimal weight = 22.5m,
        decimal? entered = 22.5m, string unit = "%", string level1 = "产出指标", string level2 = "数量指标", string name = "服务覆盖率") => new()
        {
            Level1 = level1, Level2 = level2, Name = name, Nature = nature, Target = target, Unit = unit, Completion = completion,
            Weight = weight, EnteredScore = entered,
        };

    public static PerformanceIndicator Qualitative(string completion, decimal weight, decimal? entered) =>
        Indicator("定性", "好坏", completion, weight, entered, unit: "", level2: "质量指标", name: "工作完成质量");

    public static ProjectEvaluation Project(IReadOnlyList<PerformanceIndicator>? indicators = null, decimal adjusted = 10m, decimal executed = 10m,
        decimal? printedRate = null, decimal budgetScore = 10m, decimal? enteredTotal = null, decimal? initial = null, string? reason = null)
    {
        var items = indicators ?? [Indicator(), Indicator(), Indicator(), Indicator()];
        var row = FundRow.Of(initial ?? adjusted, adjusted, executed, printedRate ?? (adjusted == 0 ? 0m : Math.Round(executed / adjusted * 100m, 2)));
        return new ProjectEvaluation
        {
            Code = "51041122T000000000001",
            Name = "测试项目",
            Type = ProjectType.SpecificPurpose,
            Budget = new BudgetExecution
            {
                Total = row,
                Sources = new Dictionary<FundSource, FundRow> { [FundSource.Fiscal] = row, [FundSource.Unit] = FundRow.Of(0m, 0m, 0m, 0m) },
                Weight = 10m,
                EnteredScore = budgetScore,
                Reason = reason,
            },
            Indicators = items,
            PrintedWeightTotal = 10m + items.Sum(i => i.Weight ?? 0m),
            EnteredTotal = enteredTotal ?? budgetScore + items.Sum(i => i.EnteredScore ?? 0m),
        };
    }

    public static PerformanceYear Year(params ProjectEvaluation[] projects) => new()
    {
        Id = "test-2022", DepartmentName = "测试局", FiscalYear = 2022, Projects = projects,
    };
}
