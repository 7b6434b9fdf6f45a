using Xinfang.Core.Analysis.Warnings;
using Xinfang.Core.Search.Features;

namespace Xinfang.UnitTests.Analysis;

/// <summary>The warning rule on the real message board (tests/data/complaints/hot.csv.gz, 2019): the topics it raises are the
/// ones the board's readers saw — one estate's bundled parking sales in August, a mixing plant's noise in November — and
/// nothing is raised before the board has run long enough to have a baseline.</summary>
public sealed class HotTopicsTests
{
    private static readonly Lazy<IReadOnlyList<HotTopic>> Topics2019 = new(() =>
        HotTopics.Find(PublicMessage.Read(Path.Combine(AppContext.BaseDirectory, "data", "complaints", "hot.csv.gz")), 2019));

    [Fact]
    public void TheStrongestTopicOf2019_IsTheBundledParkingOfOneEstate_InAugust()
    {
        var first = Topics2019.Value[0];
        Assert.Contains("车位", first.Words);
        Assert.Equal(8, first.From.Month);
        Assert.True(first.Messages >= 15, $"{first.Messages} messages");
        Assert.Contains(first.Examples, e => e.Contains("伊景园滨河苑", StringComparison.Ordinal));
        Assert.True(first.Messages >= 4 * first.Expected, $"{first.Messages} against an expected {first.Expected}");
    }

    [Fact]
    public void TheMixingPlantNoiseOfNovember_IsRaised()
    {
        var plant = Assert.Single(Topics2019.Value, t => t.Words.Contains("搅拌站"));
        Assert.Equal(11, plant.From.Month);
        Assert.Contains(plant.Examples, e => e.Contains("丽发新城", StringComparison.Ordinal));
    }

    [Fact]
    public void NothingIsRaised_BeforeTheBoardHasAHistory()
    {
        // The board's posts start in January 2019: a week is measured only against twelve weeks before it.
        Assert.All(Topics2019.Value, t => Assert.True(t.From >= new DateOnly(2019, 3, 26), $"{t.Word} from {t.From}"));
        Assert.Equal(Topics2019.Value.Count, Topics2019.Value.Select(t => (t.Word, t.From)).Distinct().Count());
    }
}
