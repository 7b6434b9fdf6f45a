using Xinfang.Core.Open311;
using Xinfang.Core.Open311.Features;

namespace Xinfang.UnitTests.Open311;

/// <summary>What Open311 answers anyone must not give away, and the dates the standard asks for.</summary>
public sealed class Open311RulesTests
{
    [Fact]
    public void PublicText_MasksThePetitionersNames_AndAnyNumberOrAddressThatIdentifiesSomeone()
    {
        var text = "王秀兰同志：您反映的路灯问题已修复。如有疑问请联系13912345678或0812-3334444，身份证51041119600101001X，邮箱wang.xl@example.cn。";
        var scrubbed = PublicText.Scrub(text, ["王秀兰", "李"]);
        Assert.StartsWith("王**同志：您反映的路灯问题已修复。", scrubbed, StringComparison.Ordinal);
        foreach (var secret in new[] { "王秀兰", "13912345678", "0812-3334444", "51041119600101001X", "wang.xl@example.cn" })
        {
            Assert.DoesNotContain(secret, scrubbed, StringComparison.Ordinal);
        }

        Assert.Contains("139********", scrubbed, StringComparison.Ordinal);
        // A one-character name would mask every such character of the text: it is left alone.
        Assert.Equal("李子坝路灯修好了。", PublicText.Scrub("李子坝路灯修好了。", ["李"]));
        // Numbers that are not phone or ID numbers stay.
        Assert.Equal("预计3日内修复，涉及120户。", PublicText.Scrub("预计3日内修复，涉及120户。", []));
    }

    [Theory]
    [InlineData("2026-12-01T00:00:00Z", "2026-12-01T08:00:00+08:00")]
    [InlineData("2026-12-01T00:00:00+08:00", "2026-12-01T00:00:00+08:00")]
    [InlineData("2026-12-01T00:00:00 08:00", "2026-12-01T00:00:00+08:00")] // a "+" a query string turned into a space
    [InlineData("2026-12-01T09:30-05:00", "2026-12-01T22:30:00+08:00")]
    public void W3cDate_IsReadWithItsOffset_AndWrittenInChinaTime(string text, string written) =>
        Assert.Equal(written, W3cDate.Format(W3cDate.Parse(text)!.Value));

    [Theory]
    [InlineData("2026-12-01")]
    [InlineData("2026-12-01T00:00:00")]
    [InlineData("2026/12/01T00:00:00Z")]
    [InlineData("yesterday")]
    public void W3cDate_WithoutAnOffset_IsRefused(string text) => Assert.Null(W3cDate.Parse(text));
}
