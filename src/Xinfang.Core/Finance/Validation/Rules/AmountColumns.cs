using Xinfang.Core.Finance.Model;

namespace Xinfang.Core.Finance.Validation.Rules;

/// <summary>The columns an amount has (actual, adjusted and initial budget, previous year), for sum checks per column.</summary>
internal static class AmountColumns
{
    public static readonly IReadOnlyList<(string Name, Func<Amount, decimal?> Get)> All =
    [
        ("决算数", a => a.Actual),
        ("调整预算数", a => a.AdjustedBudget),
        ("年初预算数", a => a.InitialBudget),
        ("上年决算数", a => a.PreviousYear),
    ];

    public static string Place(string table, string label, string path) => $"{table}·{label}〔{path}〕";

    /// <summary>Checks total = Σ parts in every column where the total and all parts are published.</summary>
    public static IEnumerable<Finding> SumAllColumns(string rule, string table, (string Label, string Path, Amount Value) total,
        IReadOnlyList<(string Label, string Path, Amount Value)> parts, Severity severity = Severity.Error)
    {
        foreach (var (name, get) in All)
        {
            if (name != "决算数" && get(total.Value) is null)
            {
                continue;
            }
            var finding = SumCheck.Compare(rule, $"{table}{name}中",
                (total.Label, Place(table, total.Label, total.Path), get(total.Value)),
                [.. parts.Select(p => (p.Label, Place(table, p.Label, p.Path), get(p.Value)))], severity);
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }
}
