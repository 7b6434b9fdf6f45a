using Xinfang.Core.Cases.Duplicates;

namespace Xinfang.UnitTests.Cases;

public sealed class TextSimilarityTests
{
    [Fact]
    public void Dice_OfTheSameComplaintRetold_IsAboveTheSameFactsThreshold()
    {
        var first = "我家是仁和镇大河村征地拆迁户，按协议应于去年底分配安置房，至今未分配，请求尽快落实安置。";
        var again = "我是仁和镇大河村的征地拆迁户，按照协议去年底就应该分配安置房，到现在还没有分配，请求尽快安置。";
        Assert.True(TextSimilarity.Dice(first, again) >= FinalisedMatterFinder.SameFactsThreshold);
    }

    [Fact]
    public void Dice_OfDifferentMatters_IsLow()
    {
        var first = "我家是仁和镇大河村征地拆迁户，按协议应于去年底分配安置房，至今未分配。";
        var other = "平地镇某企业拖欠职工三个月工资，请求劳动监察部门依法处理。";
        Assert.True(TextSimilarity.Dice(first, other) < 0.2);
    }

    [Fact]
    public void Dice_IgnoresPunctuationAndIsOneForIdenticalText()
    {
        Assert.Equal(1.0, TextSimilarity.Dice("安置房，未分配。", "安置房未分配"), 3);
        Assert.Equal(0.0, TextSimilarity.Dice("", "安置房"));
    }
}
