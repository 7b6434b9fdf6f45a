namespace Xinfang.Core.Hotline;

/// <summary>A line of the assessment sheet: the figure, what was required, what was reached, the points earned.</summary>
public sealed record AssessmentLine(string Figure, string Name, string Requirement, decimal? Actual, string Unit, int Points, decimal Score, bool Met);

/// <summary>The monthly assessment of the hotline operator: each figure against its required level; a figure that
/// meets it earns its full points, one that falls short earns them in proportion (a time figure: required ÷ reached),
/// one without data earns none. Grades: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格 (of 100 when the points add to 100).</summary>
public static class HotlineAssessmentRules
{
    public sealed record Figure(string Key, string Name, bool HigherIsBetter, string Unit, decimal DefaultLevel, int DefaultPoints);

    public static readonly IReadOnlyList<Figure> Figures =
    [
        new("answerRate", "接通率", true, "%", 95m, 25),
        new("serviceLevel20", "20秒服务水平", true, "%", 80m, 15),
        new("averageWait", "平均等待时长", false, "秒", 20m, 10),
        new("firstContactRate", "一次办结率", true, "%", 60m, 20),
        new("satisfactionRate", "满意率", true, "%", 90m, 20),
        new("repeatCallerRate", "重复来电率", false, "%", 10m, 10),
    ];

    public static Figure Of(string key) => Figures.First(f => f.Key == key);

    public static decimal? Value(HotlineFigureRow? row, string key) => row is null ? null : key switch
    {
        "answerRate" => row.AnswerRate,
        "serviceLevel20" => row.ServiceLevel20,
        "averageWait" => row.AverageWait is { } w ? (decimal)w : null,
        "firstContactRate" => row.FirstContactRate,
        "satisfactionRate" => row.SatisfactionRate,
        "repeatCallerRate" => row.RepeatCallerRate,
        _ => null,
    };

    public static AssessmentLine Line(Figure figure, decimal level, int points, decimal? actual)
    {
        var requirement = figure.HigherIsBetter ? $"≥ {level:0.##}{figure.Unit}" : $"≤ {level:0.##}{figure.Unit}";
        if (actual is not { } value)
        {
            return new AssessmentLine(figure.Key, figure.Name, requirement, null, figure.Unit, points, 0m, false);
        }

        var met = figure.HigherIsBetter ? value >= level : value <= level;
        var share = met ? 1m
            : figure.HigherIsBetter ? (level == 0 ? 0m : value / level)
            : (value == 0 ? 1m : level / value);
        return new AssessmentLine(figure.Key, figure.Name, requirement, value, figure.Unit, points, Math.Round(points * Math.Clamp(share, 0m, 1m), 2), met);
    }

    public static string Grade(decimal score, int outOf)
    {
        var percent = outOf == 0 ? 0 : score * 100 / outOf;
        return percent switch { >= 90 => "优秀", >= 80 => "良好", >= 60 => "合格", _ => "不合格" };
    }
}
