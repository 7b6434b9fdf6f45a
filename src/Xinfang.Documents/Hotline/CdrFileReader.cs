using System.Text;
using Sylvan.Data.Csv;
using Xinfang.Core.Hotline;

namespace Xinfang.Documents.Hotline;

/// <summary>Reads an Asterisk <c>cdr-csv</c> file (<c>Master.csv</c>: no header row, every field quoted, commas inside
/// quotes, <c>""</c> for a quote) line by line, never holding the file whole. A header row, if a tool added one, is
/// passed on and skipped by the importer.</summary>
public sealed class CdrFileReader : ICdrFileReader
{
    IEnumerable<CdrLine> ICdrFileReader.Read(Stream content) => Read(content);

    public static IEnumerable<CdrLine> Read(Stream content)
    {
        using var reader = new StreamReader(content, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = ',',
            // Lines of different lengths are allowed: the importer names a short one.
            ResultSetMode = ResultSetMode.SingleResult,
        });
        var line = 0;
        while (csv.Read())
        {
            line++;
            var fields = new string[csv.RowFieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            yield return new CdrLine(line, fields);
        }
    }
}
