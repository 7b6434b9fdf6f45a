using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Sylvan.Data.Csv;
using Xinfang.Core.Common;
using Xinfang.Core.Intake.Features;

namespace Xinfang.Documents.Intake;

/// <summary>A channel's export as headings and rows (read lazily: a 100 000-row file is never held whole).</summary>
public sealed record IntakeFile(IReadOnlyList<string> Headings, IEnumerable<IntakeFileRow> Rows);

/// <summary>
/// Reads a channel's export: CSV (comma, semicolon or tab; UTF-8 with or without BOM, or GB18030 as Chinese Excel saves
/// it) or an Excel workbook (.xlsx, first sheet, first row the headings). Dates in Excel cells are written as
/// <c>yyyy-MM-dd HH:mm:ss</c>, numbers without grouping.
/// </summary>
public static class IntakeFileReader
{
    static IntakeFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The file, or a problem naming the file: an unknown type, no heading row. <paramref name="content"/> must
    /// be seekable and stay open while the rows are read.</summary>
    public static Result<IntakeFile> Open(string fileName, Stream content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".csv" or ".txt" => Csv(content),
                ".xlsx" => Excel(content),
                _ => Error.Validation("file", "intake.unknown_extension", $"无法识别的文件类型“{extension}”：请上传渠道导出的 .csv 或 .xlsx 文件。"),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Error.Validation("file", "intake.unreadable", $"无法读取文件“{fileName}”：{e.Message}");
        }
    }

    private static Result<IntakeFile> Csv(Stream content)
    {
        var encoding = Detect(content);
        var reader = new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true });
        var headings = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToList();
        if (headings.Count == 0 || headings.All(h => h.Length == 0))
        {
            return Error.Validation("file", "intake.no_headings", "文件第一行应为列名。");
        }

        return new IntakeFile(headings, CsvRows(csv, headings));
    }

    private static IEnumerable<IntakeFileRow> CsvRows(CsvDataReader csv, List<string> headings)
    {
        using (csv)
        {
            var line = 1;
            while (csv.Read())
            {
                line++;
                var cells = new Dictionary<string, string?>(headings.Count);
                for (var i = 0; i < headings.Count && i < csv.RowFieldCount; i++)
                {
                    cells.TryAdd(headings[i], csv.GetString(i));
                }

                if (cells.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
                {
                    yield return new IntakeFileRow(line, cells);
                }
            }
        }
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (or carry a BOM), else GB18030.</summary>
    private static Encoding Detect(Stream content)
    {
        var buffer = new byte[64 * 1024];
        var read = content.Read(buffer, 0, buffer.Length);
        content.Seek(0, SeekOrigin.Begin);
        var sample = buffer.AsSpan(0, read);
        if (sample.StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8;
        }

        // A sample cut in the middle of a character is still UTF-8: drop up to three trailing bytes before judging.
        for (var cut = 0; cut <= Math.Min(3, read); cut++)
        {
            if (Utf8.IsValid(sample[..(read - cut)]))
            {
                return Encoding.UTF8;
            }

            if (read < buffer.Length)
            {
                break;
            }
        }

        return Encoding.GetEncoding("GB18030");
    }

    private static class Utf8
    {
        private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static bool IsValid(ReadOnlySpan<byte> bytes)
        {
            try
            {
                Strict.GetCharCount(bytes);
                return true;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }
    }

    private static Result<IntakeFile> Excel(Stream content)
    {
        var headings = (MiniExcel.GetColumns(content, useHeaderRow: true) ?? []).Select(h => h?.Trim() ?? "").ToList();
        content.Seek(0, SeekOrigin.Begin);
        if (headings.Count == 0 || headings.All(h => h.Length == 0))
        {
            return Error.Validation("file", "intake.no_headings", "工作表第一行应为列名。");
        }

        return new IntakeFile(headings, ExcelRows(content));
    }

    private static IEnumerable<IntakeFileRow> ExcelRows(Stream content)
    {
        var line = 1;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(content, useHeaderRow: true))
        {
            line++;
            var cells = new Dictionary<string, string?>(row.Count);
            foreach (var (heading, value) in row)
            {
                cells.TryAdd(heading.Trim(), Text(value));
            }

            if (cells.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
            {
                yield return new IntakeFileRow(line, cells);
            }
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double number => number.ToString("0.###############", CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
