using MiniExcelLibs;
using Xinfang.Core.Performance.Report;
using Xinfang.Core.Performance.Scoring;
using Xinfang.Documents.Excel;

namespace Xinfang.Documents.Performance;

/// <summary>The workbook: “规则核算汇总” (one row per project), “指标明细” (every indicator with its entered and rule
/// scores and findings), then one sheet per project table in the printed layout (merged cells written once, at their
/// first cell), named after the project code.</summary>
public static class SelfEvaluationXlsxWriter
{
    public const string SummarySheet = "规则核算汇总";
    public const string IndicatorSheet = "指标明细";

    public static void Write(EvaluationResult result, Stream output)
    {
        var sheets = new Dictionary<string, object>
        {
            [SummarySheet] = Grid(SelfEvaluationLayout.Summary(result), numbers: true),
            [IndicatorSheet] = Indicators(result),
        };
        foreach (var p in result.Projects)
        {
            var rows = Grid(SelfEvaluationLayout.Build(p.Project, result.Year.FiscalYear, result.Profile), numbers: false);
            rows.Insert(0, Row(SelfEvaluationLayout.Columns, [SelfEvaluationLayout.TitleOf(result.Year.FiscalYear)]));
            rows.AddRange(ScoreNotes.For(p).Select(line => Row(SelfEvaluationLayout.Columns, [line])));
            sheets[p.Project.Code] = rows;
        }
        output.SaveAs(sheets, printHeader: false, configuration: TablesWorkbookWriter.Configuration);
    }

    private static List<Dictionary<string, object>> Indicators(EvaluationResult result)
    {
        string[] header = ["项目编码", "项目名称", "序号", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "填报得分", "规则得分", "规则判定", "问题与差异说明"];
        var rows = new List<Dictionary<string, object>> { Row(header.Length, header) };
        foreach (var p in result.Projects)
        {
            rows.Add(Values(header.Length, p.Project.Code, p.Project.Name, "预算执行", "", "", "预算执行率", "", "", "%",
                p.Budget.Rate is { } rate ? Figures.Round(rate * 100m) : "", p.Project.Budget.Weight ?? (object)"", p.Budget.EnteredScore ?? (object)"",
                Figures.Round(p.Budget.RuleScore), "按比例", string.Join("\n", p.Budget.Findings.Select(f => f.Message))));
            foreach (var s in p.Indicators)
            {
                var i = s.Indicator;
                rows.Add(Values(header.Length, p.Project.Code, p.Project.Name, s.Number, i.Level1, i.Level2, i.Name, i.Nature, i.Target, i.Unit ?? "",
                    s.CompletionValue is { } v ? Figures.Round(v) : i.Completion ?? "", i.Weight ?? (object)"", i.EnteredScore ?? (object)"",
                    Figures.Round(s.RuleScore), s.OutcomeText, string.Join("\n", s.Findings.Select(f => f.Message))));
            }
        }
        return rows;
    }

    private static List<Dictionary<string, object>> Grid(TableGrid grid, bool numbers)
    {
        var rows = new List<Dictionary<string, object>> { Row(grid.Columns, [grid.Title]) };
        rows.AddRange(grid.PlainRows().Select((cells, r) => Row(grid.Columns, cells, numbers && r > 0)));
        return rows;
    }

    private static Dictionary<string, object> Values(int width, params object[] values)
    {
        var row = new Dictionary<string, object>();
        for (var i = 0; i < width; i++)
        {
            row[$"C{i + 1}"] = i < values.Length ? values[i] : "";
        }
        return row;
    }

    private static Dictionary<string, object> Row(int width, IReadOnlyList<string> cells, bool numbers = false)
    {
        var row = new Dictionary<string, object>();
        for (var i = 0; i < width; i++)
        {
            var text = i < cells.Count ? cells[i] : "";
            row[$"C{i + 1}"] = numbers && decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && !text.StartsWith('0') ? value : text;
        }
        return row;
    }
}
