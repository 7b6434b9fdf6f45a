using Microsoft.Extensions.Time.Testing;
using Xinfang.Core.Common;
using Xinfang.Core.Performance.Monitoring;
using Xinfang.Core.Performance.Samples;
using static Xinfang.UnitTests.Performance.ProjectBuilder;

namespace Xinfang.UnitTests.Performance;

public sealed class MonitoringTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2022, 7, 2, 9, 0, 0, ChinaTime.Offset));

    [Fact]
    public void Handle_WhenSpendingLagsTheYear_WarnsWithBothProgresses()
    {
        var year = Year(Project(adjusted: 10m, executed: 10m));

        var report = new MonitorProjects(Clock).Handle(year, [new ProjectProgress("51041122T000000000001", 2m, [])]).Value;

        var project = Assert.Single(report.Projects);
        Assert.Equal(183m / 365m, report.TimeElapsed);
        Assert.Equal(0.2m, project.SpendingProgress);
        Assert.Equal(MonitoringStatus.SeriouslyBehind, project.Status);
        Assert.Contains(project.Warnings, w => w.Contains("支出进度20.00%", StringComparison.Ordinal) && w.Contains("时间进度50.14%", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(5.0, MonitoringStatus.OnTrack)]
    [InlineData(3.5, MonitoringStatus.Behind)]
    [InlineData(2.4, MonitoringStatus.SeriouslyBehind)]
    public void Handle_WhenSpendingIsNearTheYearElapsed_GradesTheLag(double executed, MonitoringStatus status)
    {
        var report = new MonitorProjects(Clock).Handle(Year(Project()), [new ProjectProgress("51041122T000000000001", (decimal)executed, [])]).Value;

        Assert.Equal(status, report.Projects[0].Status);
    }

    [Fact]
    public void Handle_WhenIndicatorsReportProgress_WarnsForLaggingCountsAndUnmetRates()
    {
        var project = Project(
        [
            Indicator("≥", "7000", null, unit: "件", name: "办理信访事项"),
            Indicator("≥", "95", null, name: "群众满意度"),
            Indicator("≤", "10", null, unit: "次", name: "科目调整次数"),
            Qualitative("", 22.5m, null),
        ]);

        var report = new MonitorProjects(Clock).Handle(Year(project),
            [new ProjectProgress(project.Code, 5m, [new IndicatorProgress(1, "2100"), new IndicatorProgress(2, "91.5"), new IndicatorProgress(3, "11")])]).Value;

        var indicators = report.Projects[0].Indicators;
        Assert.True(indicators[0].Warning);
        Assert.Equal(0.3m, indicators[0].Progress);
        Assert.True(indicators[1].Warning);
        Assert.True(indicators[2].Warning);
        Assert.False(indicators[3].Warning);
        Assert.Equal(3, report.Projects[0].Warnings.Count(w => w.StartsWith("指标", StringComparison.Ordinal)));
    }

    [Fact]
    public void Handle_WhenSampleHalfwayWithoutReports_ListsEveryProjectAsNotReported()
    {
        var report = new MonitorProjects(Clock).Handle(Renhe2022Performance.Create(), []).Value;

        Assert.Equal(11, report.Behind.Count());
        Assert.All(report.Projects, p => Assert.Contains("未报送监控数据。", p.Warnings));
    }

    [Fact]
    public void Handle_WhenProjectCodeIsUnknownOrDateOutsideTheYear_NamesTheField()
    {
        var monitor = new MonitorProjects(Clock);

        var unknown = monitor.Handle(Year(Project()), [new ProjectProgress("X", -1m, [])]);
        var outside = monitor.Handle(Year(Project()), [], asOf: new DateOnly(2023, 1, 1));

        Assert.Equal(["projectCode", "executedToDate"], unknown.Errors.Select(e => e.Field));
        Assert.Equal("asOf", outside.FirstError.Field);
        Assert.Contains("不在2022年度内", outside.FirstError.Message, StringComparison.Ordinal);
    }
}
