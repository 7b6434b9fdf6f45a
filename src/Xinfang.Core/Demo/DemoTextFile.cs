using System.IO.Compression;
using Sylvan.Data.Csv;
using Xinfang.Core.Cases.Features;

namespace Xinfang.Core.Demo;

/// <summary>Real citizens' messages for bulk-generated cases (`xinfang demo generate --texts FILE`), so that search and
/// duplicate benchmarks meet the word variety of real text rather than the demo's few dozen templates. CSV with a header
/// naming <c>subject</c> and <c>detail</c> (other columns ignored), plain or gzip-compressed.</summary>
public static class DemoTextFile
{
    /// <exception cref="InvalidDataException">The header lacks a column, or no row has any text.</exception>
    public static List<(string Subject, string Content)> Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HeaderComparer = StringComparer.OrdinalIgnoreCase });
        int Column(string name) => Enumerable.Range(0, csv.FieldCount).FirstOrDefault(i => string.Equals(csv.GetName(i), name, StringComparison.OrdinalIgnoreCase), -1) is var i and >= 0
            ? i : throw new InvalidDataException($"CSV 缺少列：{name}（表头须含 subject,detail）。");
        var subject = Column("subject");
        var detail = Column("detail");
        var texts = new List<(string, string)>();
        while (csv.Read())
        {
            var content = csv.GetString(detail).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var title = csv.GetString(subject).Trim();
            title = title.Length > 0 ? title : content[..Math.Min(30, content.Length)];
            texts.Add((Clip(title, RegistrationValidator.MaxSubjectLength), Clip(content, RegistrationValidator.MaxContentLength)));
        }

        return texts.Count > 0 ? texts : throw new InvalidDataException("CSV 中没有任何正文。");
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
