namespace Xinfang.Core.Cases.Duplicates;

/// <summary>Similarity of two Chinese texts as the Dice coefficient of their character bigrams
/// (punctuation and spaces ignored). Good enough to recognise the same complaint told again.</summary>
public static class TextSimilarity
{
    public static double Dice(string a, string b)
    {
        var left = Bigrams(a);
        var right = Bigrams(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var common = 0;
        var pool = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var bigram in right)
        {
            pool[bigram] = pool.GetValueOrDefault(bigram) + 1;
        }

        foreach (var bigram in left)
        {
            if (pool.TryGetValue(bigram, out var n) && n > 0)
            {
                pool[bigram] = n - 1;
                common++;
            }
        }

        return 2.0 * common / (left.Count + right.Count);
    }

    private static List<string> Bigrams(string text)
    {
        var chars = text.Where(char.IsLetterOrDigit).ToArray();
        var result = new List<string>(Math.Max(0, chars.Length - 1));
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            result.Add(new string(chars, i, 2));
        }

        return result;
    }
}
