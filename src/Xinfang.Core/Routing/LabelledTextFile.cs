using Sylvan.Data.Csv;

namespace Xinfang.Core.Routing;

/// <summary>Reads labelled messages from CSV with a header naming at least <c>subject</c>, <c>detail</c> and
/// <c>label</c> (any order, any case; other columns ignored; RFC 4180 quoting, line breaks inside quotes).
/// The text of a message is its subject and detail together.</summary>
public static class LabelledTextFile
{
    public static readonly string[] RequiredColumns = ["subject", "detail", "label"];

    /// <exception cref="InvalidDataException">A required column is missing (the message names it).</exception>
    public static List<LabelledText> Read(TextReader text)
    {
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HeaderComparer = StringComparer.OrdinalIgnoreCase });
        var missing = RequiredColumns.Where(c => !Enumerable.Range(0, csv.FieldCount).Any(i => string.Equals(csv.GetName(i), c, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"CSV 缺少列：{string.Join("、", missing)}（表头须含 subject,detail,label）。");
        }

        var subject = csv.GetOrdinal("subject");
        var detail = csv.GetOrdinal("detail");
        var label = csv.GetOrdinal("label");
        var rows = new List<LabelledText>();
        while (csv.Read())
        {
            var name = csv.GetString(label).Trim();
            var body = Compose(csv.GetString(subject), csv.GetString(detail));
            if (name.Length > 0 && body.Length > 0)
            {
                rows.Add(new LabelledText(body, name));
            }
        }

        return rows;
    }

    public static string Compose(string? subject, string? detail) =>
        string.IsNullOrWhiteSpace(subject) ? (detail ?? "").Trim() : $"{subject.Trim()}。{(detail ?? "").Trim()}";
}
