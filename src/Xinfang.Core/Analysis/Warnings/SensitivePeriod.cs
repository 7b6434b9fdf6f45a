namespace Xinfang.Core.Analysis.Warnings;

/// <summary>A sensitive period (敏感时期: major meetings, anniversaries, holidays) that the administrator sets: within its
/// dates and scope (a township, a category, or the whole district) the warning bar is lower.</summary>
public sealed class SensitivePeriod
{
    public const int MaxNameLength = 100;

    private SensitivePeriod()
    {
    }

    public SensitivePeriod(string name, DateOnly from, DateOnly to, int? regionId, int? categoryId, double sigma, int minCount)
    {
        Edit(name, from, to, regionId, categoryId, sigma, minCount);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }

    /// <summary>Only this township (null: every township).</summary>
    public int? RegionId { get; private set; }

    /// <summary>Only this top-level category (null: every category).</summary>
    public int? CategoryId { get; private set; }

    public double Sigma { get; private set; }
    public int MinCount { get; private set; }

    public WarningThreshold Threshold => new(Sigma, MinCount, 1.2);

    public void Edit(string name, DateOnly from, DateOnly to, int? regionId, int? categoryId, double sigma, int minCount)
    {
        Name = name.Trim();
        From = from;
        To = to;
        RegionId = regionId;
        CategoryId = categoryId;
        Sigma = sigma;
        MinCount = minCount;
    }

    public bool Covers(DateOnly day) => day >= From && day <= To;

    /// <summary>Whether the period watches a subject: a township period only that township's series, a category period
    /// only that category's, a district-wide period every series (the district's surges only such a period).</summary>
    public bool Watches(AnalysisDimension? dimension, int? subjectId) => dimension switch
    {
        AnalysisDimension.Township => CategoryId is null && (RegionId is null || RegionId == subjectId),
        AnalysisDimension.Category => RegionId is null && (CategoryId is null || CategoryId == subjectId),
        _ => RegionId is null && CategoryId is null,
    };
}
