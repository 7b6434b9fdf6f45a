using MiniExcelLibs;
using Xinfang.Core.Finance.Report;

namespace Xinfang.Documents.Excel;

/// <summary>Writes the public tables 公开01–09 to an .xlsx workbook, one sheet per table: title row, unit row,
/// header row, data rows and the notes (“本表无数据” for empty tables).</summary>
public static class TablesWorkbookWriter
{
    /// <summary>Small buffers and no auto-filter/auto-width: the tables are small, and MiniExcel's defaults allocate
    /// megabytes per sheet.</summary>
    internal static readonly MiniExcelLibs.OpenXml.OpenXmlConfiguration Configuration = new()
    {
        BufferSize = 64 * 1024,
        AutoFilter = false,
        TableStyles = MiniExcelLibs.OpenXml.TableStyles.None,
    };

    public static void Write(FinalAccountsReport report, Stream output)
    {
        var sheets = new Dictionary<string, object>();
        foreach (var table in report.Tables)
        {
            var width = table.Columns.Count;
            var rows = new List<Dictionary<string, object>>
            {
                Row(width, [$"{table.Code}　{table.Title}"]),
                Row(width, [$"单位：{table.Unit}"]),
                Row(width, table.Columns),
            };
            rows.AddRange(table.Rows.Select(r => Row(width, r, numbers: true)));
            rows.AddRange(new[] { table.EmptyNote, table.Note }.OfType<string>().Select(n => Row(width, [n])));
            sheets[table.Code] = rows;
        }
        output.SaveAs(sheets, printHeader: false, configuration: Configuration);
    }

    private static Dictionary<string, object> Row(int width, IReadOnlyList<string> cells, bool numbers = false)
    {
        var row = new Dictionary<string, object>();
        for (var i = 0; i < width; i++)
        {
            var text = i < cells.Count ? cells[i] : "";
            row[$"C{i + 1}"] = numbers && i > 0 && decimal.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value)
                ? value : text;
        }
        return row;
    }
}
