using Xinfang.Core.Finance.Narrative;
using Xunit;

namespace Xinfang.UnitTests.Finance;

public class SharesAndChangesTests
{
    [Fact]
    public void Of_WhenIndependentRoundingLosesATenth_GivesItToTheLargestRemainder()
    {
        // 19.03/281.96 = 6.749 %: rounded alone it is 6.7 and the four shares add to 99.9; the seed prints 6.8.
        var shares = Shares.Of([232.43m, 17.51m, 12.99m, 19.03m], 281.96m);
        Assert.Equal([82.4m, 6.2m, 4.6m, 6.8m], shares);
        Assert.Equal(100m, shares.Sum());
    }

    [Fact]
    public void Of_WhenThirds_AddsUpTo100() => Assert.Equal(100m, Shares.Of([33.33m, 33.33m, 33.34m], 100m).Sum());

    [Fact]
    public void Of_WhenPartsDoNotAddUpToWhole_RoundsEachOnItsOwn() =>
        Assert.Equal([33.3m, 33.3m], Shares.Of([33.33m, 33.33m], 100m));

    [Fact]
    public void Of_WhenWholeIsZero_GivesZeros() => Assert.Equal([0m, 0m], Shares.Of([0m, 0m], 0m));

    [Theory]
    [InlineData(309.33, 358.79, "减少49.46万元，下降13.8%")]
    [InlineData(110, 100, "增加10万元，增长10%")]
    [InlineData(5, 5, "持平")]
    [InlineData(5, 0, "增加5万元")]
    public void Phrase_WhenChange_PrintsDirectionAmountAndPercent(double current, double previous, string expected) =>
        Assert.Equal(expected, new YearOnYear((decimal)current, (decimal)previous).Phrase);

    [Theory]
    [InlineData(0.75, 1.1903, 63.01)]
    [InlineData(0, 0, 100)]
    [InlineData(281.96, 281.96, 100)]
    public void ExecutionRate_WhenBudgetKnown_IsRoundedToTwoDecimals(double actual, double budget, double rate) =>
        Assert.Equal((decimal)rate, ExecutionRate.Of((decimal)actual, (decimal)budget));

    [Fact]
    public void ExecutionRate_WhenSpendingWithoutBudget_IsNull() => Assert.Null(ExecutionRate.Of(1m, 0m));
}
