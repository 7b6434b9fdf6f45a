using System.Text;
using Xinfang.Core.Text;

namespace Xinfang.Core.Search;

/// <summary>The words a text is indexed and searched by. A document's indexed text is its precise jieba cut in order
/// (so that a phrase is adjacent words) followed by the shorter words inside long ones (so that 安置 finds 安置房);
/// a query is cut the same way. Words keep letters and digits only, so they need no escaping in a full-text query.</summary>
public static class SearchTexts
{
    public static string Document(params string?[] parts)
    {
        var segmenter = ChineseSegmenter.Shared;
        var words = new List<string>();
        var extra = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (string.IsNullOrWhiteSpace(part))
            {
                continue;
            }

            foreach (var word in segmenter.Words(part))
            {
                var clean = Clean(word);
                if (clean.Length == 0)
                {
                    continue;
                }

                words.Add(clean);
                if (seen.Add(clean))
                {
                    extra.AddRange(segmenter.Inside(clean).Where(seen.Add));
                }
            }
        }

        return string.Join(' ', words.Concat(extra));
    }

    /// <summary>A query cut as documents are. Every word of two or more characters is required, a long one (three or more)
    /// also satisfied by the shorter words inside it — jieba cuts 供水管道 as 供水管/道, and a text that says 供水 and 管道
    /// apart must still be found; single characters (glue or fragments of a cut) are required only when the query has
    /// nothing longer. The phrase is the precise words in order.</summary>
    public static SearchWords Query(string? query)
    {
        var segmenter = ChineseSegmenter.Shared;
        var words = segmenter.Words(query).Select(Clean).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var longer = words.Where(w => w.Length > 1).ToList();
        var required = (longer.Count > 0 ? longer : words).Select(word =>
        {
            var alternatives = new List<string> { word };
            if (word.Length > 2)
            {
                alternatives.AddRange(segmenter.Inside(word).Distinct(StringComparer.Ordinal));
            }

            return (IReadOnlyList<string>)alternatives;
        }).ToList();
        return new SearchWords(words, required);
    }

    /// <summary>The text's most telling words (jieba TF-IDF) as the index holds them, two characters or more.</summary>
    public static IReadOnlyList<string> Keywords(string? text, int count) =>
        ChineseSegmenter.Shared.Keywords(text, count).Select(Clean).Where(w => w.Length > 1).Distinct(StringComparer.Ordinal).ToList();

    private static string Clean(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (TextNormaliser.IsWordCharacter(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

/// <summary>What a query searches for: <see cref="Phrase"/> the precise words in order; <see cref="Required"/> groups of
/// which every one must match (any word of a group) — or, when <see cref="AnyGroup"/>, any one group with all its words
/// (how a new matter looks for others sharing two of its telling words).</summary>
public sealed record SearchWords(IReadOnlyList<string> Phrase, IReadOnlyList<IReadOnlyList<string>> Required, bool AnyGroup = false)
{
    public IEnumerable<string> All => Phrase.Concat(Required.SelectMany(g => g)).Distinct(StringComparer.Ordinal);
}
