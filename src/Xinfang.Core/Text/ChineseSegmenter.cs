using System.Reflection;
using JiebaNet.Analyser;
using JiebaNet.Segmenter;

namespace Xinfang.Core.Text;

/// <summary>Chinese word segmentation (jieba), shared by search, duplicates and category suggestion. Words come back
/// normalised: letters lower-cased, full-width forms folded, punctuation and spaces dropped. The dictionary loads once
/// per process (≈ 1 s) and is only read afterwards, so one instance serves every thread.</summary>
public sealed class ChineseSegmenter
{
    private static readonly Lazy<ChineseSegmenter> Instance = new(() => new ChineseSegmenter());
    private readonly JiebaSegmenter segmenter;
    private readonly Lazy<TfidfExtractor> keywords;

    private ChineseSegmenter()
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources");
        segmenter = new JiebaSegmenter();
        foreach (var word in DomainWords())
        {
            segmenter.AddWord(word);
        }

        keywords = new Lazy<TfidfExtractor>(() => new TfidfExtractor(segmenter));
    }

    public static ChineseSegmenter Shared => Instance.Value;

    /// <summary>The text's words in order, normalised; a word may repeat.</summary>
    public IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = new List<string>();
        foreach (var token in segmenter.Cut(TextNormaliser.Fold(text), cutAll: false, hmm: true))
        {
            if (TextNormaliser.IsWord(token))
            {
                words.Add(token);
            }
        }

        return words;
    }

    /// <summary>The dictionary words inside a long word (搜索引擎模式, as jieba's cut for search: every two- and
    /// three-character part the dictionary knows), so that 安置房 is found by 安置 as well. Derived from the precise
    /// cut's words rather than by cutting the text a second time.</summary>
    public IEnumerable<string> Inside(string word)
    {
        var dictionary = WordDictionary.Instance;
        for (var size = 2; size <= 3; size++)
        {
            if (word.Length <= size)
            {
                yield break;
            }

            for (var i = 0; i + size <= word.Length; i++)
            {
                var part = word.Substring(i, size);
                if (dictionary.ContainsWord(part))
                {
                    yield return part;
                }
            }
        }
    }

    /// <summary>The text's most telling words (TF-IDF against jieba's corpus frequencies, stop words left out), best first.</summary>
    public IReadOnlyList<string> Keywords(string? text, int count)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return keywords.Value.ExtractTags(TextNormaliser.Fold(text), count).Where(TextNormaliser.IsWord).ToList();
    }

    private static IEnumerable<string> DomainWords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Xinfang.Text.domain-words.txt")!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 1 && !word.StartsWith('#'))
            {
                yield return word;
            }
        }
    }
}
