namespace Xinfang.Documents.Charts;

/// <summary>A word placed in the cloud: its box's top-left corner and size, its font size, in the cloud's own units.</summary>
public sealed record PlacedWord(string Word, int Count, double X, double Y, double Width, double Height, double FontSize);

/// <summary>
/// Lays out a word cloud: font size by the square root of the count (area follows the count), the largest word in the
/// middle, each next one moved out along an Archimedean spiral until its box overlaps no placed box. Chinese characters
/// are square (width = font size); Latin letters and digits about half as wide. Words that do not fit are left out.
/// </summary>
public static class WordCloudLayout
{
    public static IReadOnlyList<PlacedWord> Place(IEnumerable<(string Word, int Count)> words, double width, double height,
        double minFont = 12, double maxFont = 48)
    {
        var list = words.Where(w => w.Count > 0 && w.Word.Length > 0).OrderByDescending(w => w.Count).ThenBy(w => w.Word, StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            return [];
        }

        var max = Math.Sqrt(list[0].Count);
        var min = Math.Sqrt(list[^1].Count);
        var placed = new List<PlacedWord>();
        foreach (var (word, count) in list)
        {
            var font = max - min < 1e-9 ? maxFont : minFont + (maxFont - minFont) * (Math.Sqrt(count) - min) / (max - min);
            var w = TextWidth(word, font) + 4;
            var h = font * 1.2;
            for (var t = 0.0; t < 600; t += 0.1)
            {
                var r = 2.0 * t;
                var x = width / 2 + r * Math.Cos(t) * (width / height) - w / 2;
                var y = height / 2 + r * Math.Sin(t) - h / 2;
                if (x < 0 || y < 0 || x + w > width || y + h > height)
                {
                    if (r > Math.Max(width, height))
                    {
                        break;
                    }

                    continue;
                }

                if (placed.All(p => x + w <= p.X || p.X + p.Width <= x || y + h <= p.Y || p.Y + p.Height <= y))
                {
                    placed.Add(new PlacedWord(word, count, x, y, w, h, font));
                    break;
                }
            }
        }

        return placed;
    }

    public static double TextWidth(string text, double font) => text.Sum(ch => ch > 0x2E80 ? font : font * 0.55);
}
