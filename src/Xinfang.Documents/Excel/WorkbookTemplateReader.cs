using System.Globalization;
using MiniExcelLibs;
using Xinfang.Core.Common;
using Xinfang.Core.Finance.Import;
using Xinfang.Core.Finance.Model;
using static Xinfang.Documents.Excel.WorkbookLayout;

namespace Xinfang.Documents.Excel;

/// <summary>Reads a filled workbook template. Every problem is reported with sheet, row and column
/// (“工作表“金额”第5行C列（决算数）：…”, field “金额!C5”); any problem fails the whole import.</summary>
public static class WorkbookTemplateReader
{
    public static Result<FinalAccounts> Read(Stream input)
    {
        using var copy = new MemoryStream();
        input.CopyTo(copy);
        copy.Position = 0;
        var reader = new SheetReader(copy);
        var a = new FinalAccounts();
        a = reader.Basics(a);
        a = reader.Amounts(a);
        a = reader.Functional(a);
        a = reader.Economic(a);
        a = reader.Counts(a);
        a = reader.Reception(a);
        a = reader.Texts(a);
        a = reader.Glossary(a);
        if (reader.Errors.Count == 0)
        {
            reader.Errors.AddRange(InputRules.Check(a).Select(reader.Locate));
        }
        return reader.Errors.Count > 0 ? Result.Failure<FinalAccounts>([.. reader.Errors]) : a;
    }

    private sealed class SheetReader
    {
        private readonly MemoryStream _stream;
        private readonly HashSet<string> _sheets;
        private readonly Dictionary<string, int> _amountRows = [];
        private readonly Dictionary<int, int> _functionalRows = [];

        public SheetReader(MemoryStream stream)
        {
            _stream = stream;
            _sheets = [.. MiniExcel.GetSheetNames(stream)];
        }

        public List<Error> Errors { get; } = [];

        /// <summary>Data rows of a sheet with their Excel row numbers and the header's column letters.</summary>
        private List<(int Row, Dictionary<string, object?> Cells)> Rows(string sheet, out Dictionary<string, string> columns, params string[] required)
        {
            columns = [];
            if (!_sheets.Contains(sheet))
            {
                Errors.Add(new Error("finance.sheet_missing", $"缺少工作表“{sheet}”，请使用本系统生成的模板。", sheet));
                return [];
            }
            _stream.Position = 0;
            var rows = new List<(int, Dictionary<string, object?>)>();
            var rowNumber = 1;
            var first = true;
            foreach (IDictionary<string, object?> row in _stream.Query(useHeaderRow: true, sheetName: sheet))
            {
                if (first)
                {
                    var headers = row.Keys.ToList();
                    for (var i = 0; i < headers.Count; i++)
                    {
                        columns[headers[i]] = Column(i);
                    }
                    first = false;
                }
                rowNumber++;
                if (row.Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s))))
                {
                    continue;
                }
                rows.Add((rowNumber, new Dictionary<string, object?>(row)));
            }
            if (first)
            {
                _stream.Position = 0;
                var header = _stream.Query(useHeaderRow: false, sheetName: sheet).FirstOrDefault() as IDictionary<string, object?>;
                var names = header?.Values.Select(v => v?.ToString() ?? "").ToList() ?? [];
                for (var i = 0; i < names.Count; i++)
                {
                    columns[names[i]] = Column(i);
                }
            }
            var found = columns;
            foreach (var name in required.Where(r => !found.ContainsKey(r)))
            {
                Errors.Add(new Error("finance.column_missing", $"工作表“{sheet}”第1行缺少表头“{name}”。", $"{sheet}!1"));
            }
            return rows;
        }

        private void Fail(string sheet, int row, Dictionary<string, string> columns, string column, string code, string message)
        {
            var letter = columns.GetValueOrDefault(column, "?");
            Errors.Add(new Error(code, $"工作表“{sheet}”第{row}行{letter}列（{column}）：{message}", $"{sheet}!{letter}{row}"));
        }

        private static string Text(Dictionary<string, object?> cells, string column) =>
            cells.GetValueOrDefault(column) switch { null => "", DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), var v => Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() ?? "" };

        private decimal? Number(string sheet, int row, Dictionary<string, string> columns, Dictionary<string, object?> cells, string column, bool required)
        {
            var value = cells.GetValueOrDefault(column);
            switch (value)
            {
                case null or "":
                    if (required)
                    {
                        Fail(sheet, row, columns, column, "finance.required", "不能为空，请填写数字（没有发生额填0）。");
                    }
                    return null;
                case double d:
                    return Math.Round((decimal)d, 6);
                case decimal m:
                    return m;
                case int or long:
                    return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                default:
                    var text = Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim().Replace(",", "", StringComparison.Ordinal) ?? "";
                    if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
                    {
                        return parsed;
                    }
                    Fail(sheet, row, columns, column, "finance.not_a_number", $"应为数字，实际为“{text}”。");
                    return null;
            }
        }

        public FinalAccounts Basics(FinalAccounts a)
        {
            foreach (var (row, cells) in Rows(WorkbookLayout.Basics, out var columns, Key, Value))
            {
                var value = Text(cells, Value);
                switch (Text(cells, Key))
                {
                    case "id": a = a with { Id = value }; break;
                    case "departmentName": a = a with { DepartmentName = value }; break;
                    case "shortName": a = a with { ShortName = value.Length == 0 ? null : value }; break;
                    case "fiscalYear":
                        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year))
                        {
                            a = a with { FiscalYear = year };
                        }
                        else
                        {
                            Fail(WorkbookLayout.Basics, row, columns, Value, "finance.not_a_year", $"年度应为四位整数，实际为“{value}”。");
                        }
                        break;
                    case var other:
                        Fail(WorkbookLayout.Basics, row, columns, Key, "finance.unknown_key", $"未知字段“{other}”。");
                        break;
                }
            }
            return a;
        }

        public FinalAccounts Amounts(FinalAccounts a)
        {
            var fields = AmountFields.Fields.ToDictionary(f => f.Key);
            const string sheet = WorkbookLayout.Amounts;
            foreach (var (row, cells) in Rows(sheet, out var columns, Key, Actual, InitialBudget, AdjustedBudget, PreviousYear))
            {
                var key = Text(cells, Key);
                if (!fields.TryGetValue(key, out var field))
                {
                    Fail(sheet, row, columns, Key, "finance.unknown_key", $"未知字段“{key}”。");
                    continue;
                }
                _amountRows[key] = row;
                var amount = new Amount
                {
                    Actual = Number(sheet, row, columns, cells, Actual, required: true) ?? 0m,
                    InitialBudget = Number(sheet, row, columns, cells, InitialBudget, required: false),
                    AdjustedBudget = Number(sheet, row, columns, cells, AdjustedBudget, required: false),
                    PreviousYear = Number(sheet, row, columns, cells, PreviousYear, required: false),
                };
                a = field.Set(a, amount);
            }
            return a;
        }

        public FinalAccounts Functional(FinalAccounts a)
        {
            const string sheet = WorkbookLayout.Functional;
            var lines = new List<FunctionalLine>();
            foreach (var (row, cells) in Rows(sheet, out var columns, Code, Fund, Basic, Project, InitialBudget, AdjustedBudget, PreviousYear))
            {
                var fundName = Text(cells, Fund);
                if (!Funds.TryGetValue(fundName, out var fund))
                {
                    Fail(sheet, row, columns, Fund, "finance.unknown_fund", $"资金性质应为“{string.Join("”“", Funds.Keys)}”之一，实际为“{fundName}”。");
                }
                _functionalRows[lines.Count] = row;
                lines.Add(new FunctionalLine
                {
                    Code = Text(cells, Code), Fund = fund,
                    Basic = Number(sheet, row, columns, cells, Basic, required: true) ?? 0m,
                    Project = Number(sheet, row, columns, cells, Project, required: true) ?? 0m,
                    InitialBudget = Number(sheet, row, columns, cells, InitialBudget, required: false),
                    AdjustedBudget = Number(sheet, row, columns, cells, AdjustedBudget, required: false),
                    PreviousYear = Number(sheet, row, columns, cells, PreviousYear, required: false),
                });
            }
            return a with { FunctionalLines = lines };
        }

        public FinalAccounts Economic(FinalAccounts a)
        {
            const string sheet = WorkbookLayout.Economic;
            var lines = new List<EconomicLine>();
            foreach (var (row, cells) in Rows(sheet, out var columns, Code, AmountColumn))
            {
                lines.Add(new EconomicLine { Code = Text(cells, Code), Amount = Number(sheet, row, columns, cells, AmountColumn, required: true) ?? 0m });
            }
            return a with { EconomicLines = lines };
        }

        public FinalAccounts Counts(FinalAccounts a)
        {
            const string sheet = WorkbookLayout.Counts;
            var fields = CountFields.Fields.ToDictionary(f => f.Key);
            foreach (var (row, cells) in Rows(sheet, out var columns, Key, Value))
            {
                var key = Text(cells, Key);
                if (!fields.TryGetValue(key, out var field))
                {
                    Fail(sheet, row, columns, Key, "finance.unknown_key", $"未知字段“{key}”。");
                    continue;
                }
                if (Number(sheet, row, columns, cells, Value, required: false) is not { } value)
                {
                    continue;
                }
                if (field.Integer && (value != decimal.Truncate(value) || value < 0))
                {
                    Fail(sheet, row, columns, Value, "finance.not_a_count", $"“{field.Label}”应为非负整数，实际为{value}。");
                    continue;
                }
                a = field.Set(a, value);
            }
            return a;
        }

        public FinalAccounts Reception(FinalAccounts a)
        {
            const string sheet = WorkbookLayout.Reception;
            var items = new List<ReceptionItem>();
            foreach (var (row, cells) in Rows(sheet, out var columns, Description, AmountColumn))
            {
                items.Add(new ReceptionItem { Description = Text(cells, Description), Amount = Number(sheet, row, columns, cells, AmountColumn, required: true) ?? 0m });
            }
            return a with { ThreePublic = a.ThreePublic with { DomesticItems = items } };
        }

        public FinalAccounts Texts(FinalAccounts a)
        {
            const string sheet = WorkbookLayout.Texts;
            var fields = TextFields.Fields.ToDictionary(f => f.Key);
            var values = new Dictionary<string, List<string>>();
            foreach (var (row, cells) in Rows(sheet, out var columns, Key, Value))
            {
                var key = Text(cells, Key);
                if (!fields.ContainsKey(key))
                {
                    Fail(sheet, row, columns, Key, "finance.unknown_key", $"未知字段“{key}”。");
                    continue;
                }
                var text = Text(cells, Value);
                if (text.Length > 0)
                {
                    (values.TryGetValue(key, out var list) ? list : values[key] = []).Add(text);
                }
            }
            foreach (var (key, list) in values)
            {
                a = fields[key].Set(a, list);
            }
            return a;
        }

        public FinalAccounts Glossary(FinalAccounts a)
        {
            var entries = new List<GlossaryEntry>();
            foreach (var (_, cells) in Rows(WorkbookLayout.Glossary, out _, Term, Definition))
            {
                var code = Text(cells, Code);
                entries.Add(new GlossaryEntry { Term = Text(cells, Term), Code = code.Length == 0 ? null : code, Definition = Text(cells, Definition) });
            }
            return a with { Glossary = entries };
        }

        /// <summary>Places an input-rule error (a JSON path) on its sheet and row.</summary>
        public Error Locate(Error error)
        {
            var field = error.Field ?? "";
            if (field.StartsWith("functionalLines[", StringComparison.Ordinal)
                && int.TryParse(field["functionalLines[".Length..field.IndexOf(']', StringComparison.Ordinal)], out var index)
                && _functionalRows.TryGetValue(index, out var row))
            {
                return error with { Message = $"工作表“{WorkbookLayout.Functional}”第{row}行：{error.Message}", Field = $"{WorkbookLayout.Functional}!{row}" };
            }
            var amountKey = _amountRows.Keys.Where(k => field.StartsWith(k + ".", StringComparison.Ordinal)).OrderByDescending(k => k.Length).FirstOrDefault();
            if (amountKey is not null)
            {
                return error with { Message = $"工作表“{WorkbookLayout.Amounts}”第{_amountRows[amountKey]}行：{error.Message}", Field = $"{WorkbookLayout.Amounts}!{_amountRows[amountKey]}" };
            }
            return error with { Message = $"工作表“{WorkbookLayout.Basics}”：{error.Message}", Field = $"{WorkbookLayout.Basics}!{field}" };
        }
    }
}
