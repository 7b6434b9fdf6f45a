using Xinfang.Core.Performance.Features;

namespace Xinfang.Cli.Performance;

/// <summary>The text output of `performance evaluate`: per project the entered and rule totals, the grade and the
/// explained gaps; then the other findings and the department-wide result.</summary>
internal static class EvaluationPrinter
{
    public static void Print(EvaluationSummary s, bool allFindings)
    {
        Console.WriteLine($"{s.DepartmentName}{s.FiscalYear}年度项目支出绩效自评核算（评分规则：{s.ProfileTitle}）");
        var n = 0;
        foreach (var p in s.Projects)
        {
            Console.WriteLine();
            Console.WriteLine($"{++n}. {p.Code}-{p.Name}（{p.Type}）");
            Console.WriteLine($"   填报总分 {Show(p.EnteredTotal)}（{p.EnteredGrade ?? "—"}）  规则总分 {Show(p.RuleTotal)}  等级 {p.Grade}");
            var gaps = p.Gaps.ToList();
            Console.WriteLine(gaps.Count == 0 ? "   填报得分与规则一致。" : $"   差异{gaps.Count}处：");
            foreach (var gap in gaps)
            {
                Console.WriteLine($"   - {Where(gap.Place, p.Code)}：{gap.Message}");
            }
            var others = p.Findings.Where(f => f.Code != Core.Performance.Scoring.FindingCodes.ScoreGap && (allFindings || f.Severity != "info")).ToList();
            if (others.Count > 0)
            {
                Console.WriteLine($"   其他问题{others.Count}处：");
                foreach (var f in others)
                {
                    Console.WriteLine($"   - 【{f.SeverityName}】{Where(f.Place, p.Code)}：{f.Message}");
                }
            }
        }
        Console.WriteLine();
        var d = s.Department;
        Console.WriteLine($"部门整体：填报得分 {Show(d.EnteredScore)}（{d.EnteredGrade ?? "—"}），规则参考分 {Show(d.ReferenceScore)}（{d.ReferenceGrade ?? "—"}，{d.Method}）");
        foreach (var f in d.Findings)
        {
            Console.WriteLine($"- 【{f.SeverityName}】{f.Place}：{f.Message}");
        }
    }

    private static string Where(string place, string code) => place.StartsWith(code, StringComparison.Ordinal) ? place[code.Length..].Trim() : place;

    private static string Show(decimal? value) => value is { } v ? v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
