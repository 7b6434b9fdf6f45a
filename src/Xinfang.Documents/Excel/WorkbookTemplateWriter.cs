using MiniExcelLibs;
using Xinfang.Core.Finance.Import;
using Xinfang.Core.Finance.Model;
using static Xinfang.Documents.Excel.WorkbookLayout;

namespace Xinfang.Documents.Excel;

/// <summary>Writes the import workbook: blank (the template) or filled with existing accounts. Every sheet has a
/// header row; the 字段 column holds the stable key the importer reads, the 项目 column the Chinese label.</summary>
public static class WorkbookTemplateWriter
{
    public static void Write(Stream output, FinalAccounts? filled = null)
    {
        var a = filled ?? new FinalAccounts();
        var blank = filled is null;
        object? D(decimal? v) => blank || v is null ? null : v.Value;
        var sheets = new Dictionary<string, object>
        {
            [Instructions] = new[]
            {
                "本工作簿用于导入部门决算数据，金额单位均为万元（最多4位小数，公开数据通常为2位）。",
                "请勿修改各表第一行表头和“字段”列；“项目”“科目名称”列仅供阅读。",
                "“金额”表：填写决算数，预算数与上年决算数未公开时留空。",
                "“功能分类支出”表：每行一个项级（7位）科目，资金性质填“一般公共预算”“政府性基金”“国有资本经营”或“非财政拨款”。",
                "“文字说明”表：同一字段可填多行（如部门职责每条一行），按行序排列。",
                "导入时逐表逐行检查，发现问题会指出工作表、行号和列；有任何错误时整份文件不予保存。",
            }.Select(t => new Dictionary<string, object?> { ["说明"] = t }).ToList(),
            [Basics] = new List<Dictionary<string, object?>>
            {
                Kv("id", "数据标识（如 renhe-2022）", blank ? null : a.Id),
                Kv("departmentName", "部门名称", blank ? null : a.DepartmentName),
                Kv("shortName", "部门简称", blank ? null : a.ShortName),
                Kv("fiscalYear", "年度", blank ? null : a.FiscalYear),
            },
            [Amounts] = AmountFields.Fields.Select(f =>
            {
                var v = f.Get(a);
                return new Dictionary<string, object?>
                {
                    [Key] = f.Key, [Label] = f.Label, [Actual] = D(v.Actual), [InitialBudget] = D(v.InitialBudget),
                    [AdjustedBudget] = D(v.AdjustedBudget), [PreviousYear] = D(v.PreviousYear),
                };
            }).ToList(),
            [Functional] = Rows(a.FunctionalLines.Select(l => new Dictionary<string, object?>
            {
                [Code] = l.Code, [Name] = Core.Finance.Classification.FunctionalClassifications.Supports(a.FiscalYear)
                    && Core.Finance.Classification.FunctionalClassifications.For(a.FiscalYear).Contains(l.Code)
                    ? Core.Finance.Classification.FunctionalClassifications.For(a.FiscalYear).QualifiedName(l.Code) : "",
                [Fund] = FundName(l.Fund), [Basic] = l.Basic, [Project] = l.Project, [InitialBudget] = l.InitialBudget,
                [AdjustedBudget] = l.AdjustedBudget, [PreviousYear] = l.PreviousYear,
            }), Code, Name, Fund, Basic, Project, InitialBudget, AdjustedBudget, PreviousYear),
            [Economic] = Rows(a.EconomicLines.Select(l => new Dictionary<string, object?>
            {
                [Code] = l.Code, [Name] = Core.Finance.Classification.EconomicClassification.Contains(l.Code) ? Core.Finance.Classification.EconomicClassification.Get(l.Code).Name : "",
                [AmountColumn] = l.Amount,
            }), Code, Name, AmountColumn),
            [Counts] = CountFields.Fields.Select(f => Kv(f.Key, f.Label, blank ? null : f.Get(a))).ToList(),
            [Reception] = Rows(a.ThreePublic.DomesticItems.Select(i => new Dictionary<string, object?> { [Description] = i.Description, [AmountColumn] = i.Amount }), Description, AmountColumn),
            [Texts] = Rows(TextFields.Fields.SelectMany(f => (blank ? [""] : f.Get(a).DefaultIfEmpty("")).Select(t => Kv(f.Key, f.Label, t))), Key, Label, Value),
            [Glossary] = Rows(a.Glossary.Select(g => new Dictionary<string, object?> { [Term] = g.Term, [Code] = g.Code, [Definition] = g.Definition }), Term, Code, Definition),
        };
        output.SaveAs(sheets);
    }

    private static Dictionary<string, object?> Kv(string key, string label, object? value) => new() { [Key] = key, [Label] = label, [Value] = value };

    /// <summary>Rows, or one empty row carrying the header when there are none.</summary>
    private static List<Dictionary<string, object?>> Rows(IEnumerable<Dictionary<string, object?>> rows, params string[] columns)
    {
        var list = rows.ToList();
        return list.Count > 0 ? list : [columns.ToDictionary(c => c, _ => (object?)null)];
    }
}
