namespace Xinfang.Core.Performance.LiveData;

/// <summary>A figure of the Cases module an indicator can be bound to (SPEC §1.7).</summary>
public enum LiveFigure
{
    /// <summary>群众满意率 (%)</summary>
    Satisfaction,
    /// <summary>按期办结率 (%)</summary>
    OnTimeClosure,
    /// <summary>及时受理率 (%)</summary>
    TimelyAcceptance,
    /// <summary>参评率 (%)</summary>
    Participation,
    /// <summary>受理信访事项数 (件)</summary>
    MattersReceived,
}

public static class LiveFigureNames
{
    public static string Chinese(LiveFigure figure) => figure switch
    {
        LiveFigure.Satisfaction => "群众满意率",
        LiveFigure.OnTimeClosure => "按期办结率",
        LiveFigure.TimelyAcceptance => "及时受理率",
        LiveFigure.Participation => "参评率",
        _ => "受理信访事项数",
    };

    public static bool IsRate(LiveFigure figure) => figure != LiveFigure.MattersReceived;

    public static string Unit(LiveFigure figure) => IsRate(figure) ? "%" : "件";
}

/// <summary>An indicator's binding: which figure, optionally for one lead unit.</summary>
public sealed record LiveBinding(LiveFigure Figure, int? UnitId = null);

/// <summary>A measured completion value: the figure in its unit (percent for rates, unrounded), the counts behind a
/// rate, the period, and the API query that lists the cases it was measured over.</summary>
public sealed record LiveMeasurement(LiveFigure Figure, decimal Value, string Unit, int? Numerator, int? Denominator, DateOnly From, DateOnly To, string CasesLink)
{
    public string Description => Numerator is { } n && Denominator is { } d
        ? $"{LiveFigureNames.Chinese(Figure)} {n}/{d}（{From:yyyy-MM-dd}至{To:yyyy-MM-dd}受理的信访事项，{CasesLink}）"
        : $"{LiveFigureNames.Chinese(Figure)} {Value:0}件（{From:yyyy-MM-dd}至{To:yyyy-MM-dd}，{CasesLink}）";
}
