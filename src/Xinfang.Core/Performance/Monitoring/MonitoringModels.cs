namespace Xinfang.Core.Performance.Monitoring;

/// <summary>An indicator's value so far, by its number in the project's table (null = not reported).</summary>
public sealed record IndicatorProgress(int Number, string? ValueToDate);

/// <summary>What a project has spent so far (万元) and its indicators' values so far.</summary>
public sealed record ProjectProgress(string ProjectCode, decimal ExecutedToDate, IReadOnlyList<IndicatorProgress> Indicators);

public enum MonitoringStatus
{
    /// <summary>正常</summary>
    OnTrack,
    /// <summary>滞后</summary>
    Behind,
    /// <summary>严重滞后</summary>
    SeriouslyBehind,
}

public static class MonitoringStatusNames
{
    public static string Chinese(MonitoringStatus status) => status switch
    {
        MonitoringStatus.OnTrack => "正常",
        MonitoringStatus.Behind => "滞后",
        _ => "严重滞后",
    };
}

public sealed record IndicatorMonitoring(int Number, string Name, decimal? Progress, bool Warning, string Note);

/// <summary>One project during the year: spending progress (执行数 / 预算数) against the share of the year elapsed,
/// the indicators' progress, and the warnings (in Chinese).</summary>
public sealed record ProjectMonitoring(string Code, string Name, decimal? Budget, decimal ExecutedToDate, decimal? SpendingProgress, decimal TimeElapsed,
    MonitoringStatus Status, IReadOnlyList<IndicatorMonitoring> Indicators, IReadOnlyList<string> Warnings);

public sealed record MonitoringReport(DateOnly AsOf, decimal TimeElapsed, IReadOnlyList<ProjectMonitoring> Projects)
{
    public IEnumerable<ProjectMonitoring> Behind => Projects.Where(p => p.Status != MonitoringStatus.OnTrack || p.Warnings.Count > 0);
}
