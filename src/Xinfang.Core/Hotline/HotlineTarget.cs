namespace Xinfang.Core.Hotline;

/// <summary>One line of the operator's monthly assessment (对热线运营商的考核): a figure, the level the bureau requires,
/// and the points it is worth. The administrator sets them; the defaults are in <see cref="HotlineAssessmentRules"/>.</summary>
public sealed class HotlineTarget
{
    private HotlineTarget() { }

    public HotlineTarget(string figure, decimal level, int points)
    {
        Figure = figure;
        Change(level, points);
    }

    /// <summary>The figure's JSON key, e.g. <c>answerRate</c>.</summary>
    public string Figure { get; private set; } = "";
    public decimal Level { get; private set; }
    public int Points { get; private set; }

    internal void Change(decimal level, int points)
    {
        Level = level;
        Points = points;
    }
}
