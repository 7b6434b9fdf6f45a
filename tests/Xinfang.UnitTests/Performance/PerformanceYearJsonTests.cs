using Xinfang.Core.Performance.Features;

namespace Xinfang.UnitTests.Performance;

public sealed class PerformanceYearJsonTests
{
    [Fact]
    public void Write_ThenRead_GivesBackTheSameYearAndTheSameScores()
    {
        var sample = PerformanceSampleCatalog.Find("renhe-2022")!;
        var json = PerformanceYearJson.Write(sample);
        var read = PerformanceYearJson.Read(json);

        Assert.Equal(json, PerformanceYearJson.Write(read));
        Assert.Equal(
            EvaluatePerformance.Handle(sample).Projects.Select(p => p.RuleTotal),
            EvaluatePerformance.Handle(read).Projects.Select(p => p.RuleTotal));
    }
}
