using Xinfang.Documents.Charts;

namespace Xinfang.UnitTests.Analysis;

public sealed class WordCloudLayoutTests
{
    [Fact]
    public void Words_AreSizedByTheirCounts_InsideTheCloud_WithoutOverlapping()
    {
        var words = Enumerable.Range(1, 40).Select(i => ($"热词{i}", 100 - i * 2)).Prepend(("物业管理", 300)).ToList();
        var placed = WordCloudLayout.Place(words, 600, 300);

        Assert.True(placed.Count >= 30, $"{placed.Count} of {words.Count} placed");
        Assert.Equal("物业管理", placed[0].Word);
        Assert.True(placed[0].FontSize > placed[^1].FontSize);
        Assert.All(placed, p => Assert.True(p.X >= 0 && p.Y >= 0 && p.X + p.Width <= 600 && p.Y + p.Height <= 300));
        for (var i = 0; i < placed.Count; i++)
        {
            for (var j = i + 1; j < placed.Count; j++)
            {
                var (a, b) = (placed[i], placed[j]);
                Assert.False(a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height, $"{a.Word} overlaps {b.Word}");
            }
        }
    }

    [Fact]
    public void NoWords_GiveAnEmptyCloud() => Assert.Empty(WordCloudLayout.Place([], 600, 300));
}
