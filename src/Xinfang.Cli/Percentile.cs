namespace Xinfang.Cli;

/// <summary>The benches' latency percentiles (nearest rank).</summary>
internal static class Percentile
{
    public static double Of(IEnumerable<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }
}
