using Xinfang.Core.Analysis.Warnings;

namespace Xinfang.UnitTests.Analysis;

/// <summary>The warning rule on constructed daily series: a spike fires, the normal noise, the weekly rhythm and a
/// seasonal rise that came last year too do not, and a sensitive period lowers the bar.</summary>
public sealed class BaselineTests
{
    private static readonly DateOnly Day = new(2026, 11, 30); // a Monday

    /// <summary>A steady series with Poisson-like noise from a fixed seed: mean <paramref name="perDay"/> on weekdays,
    /// a third of it at weekends.</summary>
    private static Dictionary<DateOnly, int> Series(double perDay, int days = 500, int seed = 7)
    {
        var random = new Random(seed);
        var counts = new Dictionary<DateOnly, int>();
        for (var i = 0; i < days; i++)
        {
            var d = Day.AddDays(-i);
            var mean = d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? perDay / 3 : perDay;
            counts[d] = Poisson(random, mean);
        }

        return counts;
    }

    private static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }

        return k;
    }

    private static void AddOver(Dictionary<DateOnly, int> counts, DateOnly to, int days, int extraPerDay)
    {
        for (var i = 0; i < days; i++)
        {
            counts[to.AddDays(-i)] += extraPerDay;
        }
    }

    [Fact]
    public void NormalNoise_DoesNotFire_OnAnyDayOfAYear()
    {
        var counts = Series(4);
        var fired = Enumerable.Range(0, 120)
            .Count(i => Baseline.Measure(d => counts.GetValueOrDefault(d), Day.AddDays(-i), 7, WarningThreshold.Normal, hasLastYear: false).Fires);
        Assert.Equal(0, fired);
    }

    [Fact]
    public void ASpikeOverAWeek_Fires_WithItsExpectedLevel()
    {
        var counts = Series(4);
        AddOver(counts, Day, 7, 6);
        var result = Baseline.Measure(d => counts.GetValueOrDefault(d), Day, 7, WarningThreshold.Normal, hasLastYear: true);

        Assert.True(result.Fires, $"observed {result.Observed}, expected {result.Expected}, score {result.Score}");
        Assert.InRange(result.Expected, 17, 30); // five weekdays at 4 and a weekend at 4/3 ≈ 22.7
        Assert.True(result.Score >= 3);
    }

    [Fact]
    public void TheWeeklyRhythm_DoesNotFire_OnAMondayWindow()
    {
        // Mondays always bring three times a weekend day: a one-day window on a Monday expects a weekday, not the mean.
        var counts = Series(9);
        var result = Baseline.Measure(d => counts.GetValueOrDefault(d), Day, 1, WarningThreshold.Normal, hasLastYear: false);
        Assert.False(result.Fires, $"observed {result.Observed}, expected {result.Expected}");
        Assert.True(result.Expected > 7.0, $"a Monday expects a weekday's count, got {result.Expected}");
    }

    [Fact]
    public void ASeasonalRiseThatCameLastYearToo_DoesNotFire()
    {
        // Heating complaints triple in the last week of November every year.
        var counts = Series(3);
        AddOver(counts, Day, 7, 6);
        AddOver(counts, Day.AddDays(-Baseline.YearBack), 7, 6);

        var seasonal = Baseline.Measure(d => counts.GetValueOrDefault(d), Day, 7, WarningThreshold.Normal, hasLastYear: true);
        var withoutHistory = Baseline.Measure(d => counts.GetValueOrDefault(d), Day, 7, WarningThreshold.Normal, hasLastYear: false);

        Assert.False(seasonal.Fires, $"observed {seasonal.Observed}, expected {seasonal.Expected}, seasonal {seasonal.Seasonal}");
        Assert.True(seasonal.Seasonal > 2, $"seasonal factor {seasonal.Seasonal}");
        Assert.True(withoutHistory.Fires, "the same week without last year's history is a surge");
    }

    [Fact]
    public void ASensitivePeriod_LowersTheBar()
    {
        var counts = Series(1, seed: 11);
        AddOver(counts, Day, 4, 2);
        var normal = Baseline.Measure(d => counts.GetValueOrDefault(d), Day, 7, WarningThreshold.Normal, hasLastYear: false);
        var sensitive = Baseline.Measure(d => counts.GetValueOrDefault(d), Day, 7, new WarningThreshold(2, 3, 1.2), hasLastYear: false);

        Assert.Equal(normal.Observed, sensitive.Observed);
        Assert.False(normal.Fires, $"observed {normal.Observed}, expected {normal.Expected}, score {normal.Score}");
        Assert.True(sensitive.Fires, $"observed {sensitive.Observed}, expected {sensitive.Expected}, score {sensitive.Score}");
    }

    [Fact]
    public void ASmallNumber_NeverFires_HoweverRareTheSubject()
    {
        var counts = new Dictionary<DateOnly, int> { [Day] = 4 }; // never anything before: four matters in a day
        var result = Baseline.Measure(d => counts.GetValueOrDefault(d), Day, 7, WarningThreshold.Normal, hasLastYear: false);
        Assert.False(result.Fires);
        Assert.True(result.Score > 3, "the score alone would fire; the minimum count holds it back");
    }
}
