using System.Net;
using System.Text;

namespace Xinfang.Core.Search.Features;

/// <summary>Passages around the query's words, HTML-encoded, the words in &lt;mark&gt;: at most one per field, ≈ 60
/// characters each.</summary>
internal static class Highlights
{
    private const int Window = 60;

    public static IReadOnlyList<string> Of(IReadOnlyList<string> words, params string?[] fields)
    {
        var result = new List<string>();
        if (words.Count == 0)
        {
            return result;
        }

        foreach (var field in fields)
        {
            if (string.IsNullOrEmpty(field))
            {
                continue;
            }

            var folded = Text.TextNormaliser.Fold(field);
            if (folded.Length != field.Length)
            {
                folded = field.ToLowerInvariant(); // width folding changed lengths: match case-insensitively only
            }

            var first = words.Select(w => folded.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (first < 0)
            {
                continue;
            }

            var start = Math.Max(0, first - Window / 3);
            var end = Math.Min(field.Length, start + Window);
            result.Add(Mark(field, folded, start, end, words));
        }

        return result;
    }

    private static string Mark(string field, string folded, int start, int end, IReadOnlyList<string> words)
    {
        var marked = new bool[end - start];
        foreach (var word in words)
        {
            for (var i = folded.IndexOf(word, start, StringComparison.Ordinal); i >= 0 && i < end; i = folded.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                for (var k = i; k < Math.Min(end, i + word.Length); k++)
                {
                    marked[k - start] = true;
                }
            }
        }

        var builder = new StringBuilder(start > 0 ? "…" : "");
        for (var i = start; i < end; i++)
        {
            var open = marked[i - start] && (i == start || !marked[i - start - 1]);
            var close = marked[i - start] && (i == end - 1 || !marked[i - start + 1]);
            builder.Append(open ? "<mark>" : "").Append(WebUtility.HtmlEncode(field[i].ToString())).Append(close ? "</mark>" : "");
        }

        return builder.Append(end < field.Length ? "…" : "").ToString();
    }
}
