namespace Xinfang.Core.Analysis.Warnings;

/// <summary>How high the bar is: <see cref="Sigma"/> standard deviations above the expected count, at least
/// <see cref="MinCount"/> matters and <see cref="MinRatio"/> times the expected count.</summary>
public sealed record WarningThreshold(double Sigma, int MinCount, double MinRatio = 1.5)
{
    public static WarningThreshold Normal { get; } = new(3, 5);
}

/// <summary>What a window's count was measured against.</summary>
public sealed record BaselineResult(int Observed, double Expected, double Deviation, double Score, double Seasonal, bool Fires);

/// <summary>
/// The normal level of a daily series (a category's, a township's, a unit's matters) for a window of days, from its
/// own history rather than a fixed number:
/// <list type="number">
/// <item>level: the mean per day over the <see cref="HistoryDays"/> days before the window;</item>
/// <item>weekday: each weekday's share of that history (offices receive less at weekends), smoothed, so a window of a
///   few days expects what its own weekdays usually bring;</item>
/// <item>season: when the series reaches back a year, the same window a year before (same weekdays, 364 days back)
///   against what that year's own level predicted — a rise that came last year too is expected again;</item>
/// <item>spread: Poisson, widened by the over-dispersion of the history's window sums.</item>
/// </list>
/// A window fires when it is <see cref="WarningThreshold.Sigma"/> deviations above the expected count, reaches the
/// minimum count and is at least <see cref="WarningThreshold.MinRatio"/> times what was expected.
/// </summary>
public static class Baseline
{
    public const int HistoryDays = 84;
    public const int YearBack = 364;

    public static BaselineResult Measure(Func<DateOnly, int> countOn, DateOnly day, int windowDays, WarningThreshold threshold, bool hasLastYear)
    {
        var windowStart = day.AddDays(1 - windowDays);
        var observed = Sum(countOn, windowStart, day);
        var (expected, dispersion) = Level(countOn, windowStart, windowDays);

        var seasonal = 1.0;
        if (hasLastYear)
        {
            var lastStart = windowStart.AddDays(-YearBack);
            var (lastExpected, _) = Level(countOn, lastStart, windowDays);
            var lastObserved = Sum(countOn, lastStart, lastStart.AddDays(windowDays - 1));
            seasonal = Math.Clamp((lastObserved + 1.0) / (lastExpected + 1.0), 0.5, 4.0);
        }

        expected *= seasonal;
        var deviation = Math.Sqrt(dispersion * Math.Max(expected, 1.0));
        var score = (observed - expected) / deviation;
        var fires = observed >= threshold.MinCount && score >= threshold.Sigma && observed >= expected * threshold.MinRatio;
        return new BaselineResult(observed, Math.Round(expected, 2), Math.Round(deviation, 2), Math.Round(score, 2), Math.Round(seasonal, 2), fires);
    }

    /// <summary>The expected count of the window that starts at <paramref name="windowStart"/> from the history before
    /// it, and the history's dispersion (variance / mean of its window sums, at least 1).</summary>
    private static (double Expected, double Dispersion) Level(Func<DateOnly, int> countOn, DateOnly windowStart, int windowDays)
    {
        var historyStart = windowStart.AddDays(-HistoryDays);
        var byWeekday = new double[7];
        var total = 0.0;
        for (var d = historyStart; d < windowStart; d = d.AddDays(1))
        {
            var n = countOn(d);
            byWeekday[(int)d.DayOfWeek] += n;
            total += n;
        }

        var mean = total / HistoryDays;
        var weeks = HistoryDays / 7.0;
        var expected = 0.0;
        for (var d = windowStart; d < windowStart.AddDays(windowDays); d = d.AddDays(1))
        {
            // The weekday's own mean, pulled towards the overall mean by one pseudo-week (smoothing thin histories).
            expected += (byWeekday[(int)d.DayOfWeek] + mean) / (weeks + 1);
        }

        var sums = new List<double>();
        for (var start = historyStart; start.AddDays(windowDays) <= windowStart; start = start.AddDays(windowDays))
        {
            sums.Add(Sum(countOn, start, start.AddDays(windowDays - 1)));
        }

        var dispersion = 1.0;
        if (sums.Count > 1 && sums.Average() is var m and > 0)
        {
            var variance = sums.Sum(s => (s - m) * (s - m)) / (sums.Count - 1);
            dispersion = Math.Max(1.0, variance / m);
        }

        return (expected, dispersion);
    }

    private static int Sum(Func<DateOnly, int> countOn, DateOnly from, DateOnly to)
    {
        var sum = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            sum += countOn(d);
        }

        return sum;
    }
}
