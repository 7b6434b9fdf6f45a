using Xinfang.Core.Text;

namespace Xinfang.Core.Routing;

/// <summary>The terms a message is described by and their weights: character unigrams and bigrams of the raw text
/// (robust to words the dictionary lacks, such as masked place names) plus jieba words of two or more characters.
/// Weights are sublinear TF-IDF (1 + ln tf) × idf, the vector L2-normalised.</summary>
public sealed class TextFeatureSpace
{
    private const char WordMark = '\u0001';
    private readonly Dictionary<string, int> index;

    private TextFeatureSpace(IReadOnlyList<string> terms, float[] idf)
    {
        Terms = terms;
        Idf = idf;
        index = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
        {
            index[terms[i]] = i;
        }
    }

    public IReadOnlyList<string> Terms { get; }

    public float[] Idf { get; }

    public int Dimension => Terms.Count;

    /// <summary>The vocabulary of <paramref name="documents"/> (each a list of raw terms): terms found in at least
    /// <paramref name="minDocuments"/> of them, with smoothed idf ln((1 + n) / (1 + df)) + 1.</summary>
    public static TextFeatureSpace Build(IReadOnlyList<IReadOnlyList<string>> documents, int minDocuments)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var term in document.Distinct(StringComparer.Ordinal))
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        var kept = frequency.Where(f => f.Value >= minDocuments).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        var n = documents.Count;
        return new TextFeatureSpace(
            kept.Select(k => k.Key).ToList(),
            kept.Select(k => (float)(Math.Log((1.0 + n) / (1.0 + k.Value)) + 1)).ToArray());
    }

    public static TextFeatureSpace FromStored(IReadOnlyList<string> terms, float[] idf) => new(terms, idf);

    /// <summary>The raw terms of a text, in order, repeats kept.</summary>
    public static List<string> RawTerms(string text, ChineseSegmenter segmenter)
    {
        var folded = TextNormaliser.Fold(text);
        var terms = new List<string>(folded.Length * 3);
        char previous = default;
        foreach (var c in folded)
        {
            if (!TextNormaliser.IsWordCharacter(c))
            {
                previous = default;
                continue;
            }

            terms.Add(c.ToString());
            if (previous != default)
            {
                terms.Add(string.Concat(previous, c));
            }

            previous = c;
        }

        foreach (var word in segmenter.Words(folded))
        {
            if (word.Length > 1)
            {
                terms.Add(WordMark + word);
            }
        }

        return terms;
    }

    /// <summary>The weighted, normalised sparse vector of raw terms; terms outside the vocabulary are ignored.</summary>
    public SparseVector Vector(IEnumerable<string> rawTerms)
    {
        var counts = new Dictionary<int, int>();
        foreach (var term in rawTerms)
        {
            if (index.TryGetValue(term, out var i))
            {
                counts[i] = counts.GetValueOrDefault(i) + 1;
            }
        }

        var indices = counts.Keys.Order().ToArray();
        var values = new float[indices.Length];
        double norm = 0;
        for (var k = 0; k < indices.Length; k++)
        {
            var v = (float)((1 + Math.Log(counts[indices[k]])) * Idf[indices[k]]);
            values[k] = v;
            norm += v * v;
        }

        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var k = 0; k < values.Length; k++)
            {
                values[k] *= scale;
            }
        }

        return new SparseVector(indices, values);
    }
}

/// <summary>A vector given by its non-zero entries, indices ascending.</summary>
public sealed record SparseVector(int[] Indices, float[] Values);
