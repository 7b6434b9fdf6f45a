namespace Xinfang.Core.Performance.Rules;

/// <summary>The standard indicator framework of the self-evaluation table: 一级 indicators and the 二级 indicators
/// that belong under each.</summary>
public static class IndicatorFramework
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Levels = new Dictionary<string, IReadOnlyList<string>>
    {
        ["产出指标"] = ["数量指标", "质量指标", "时效指标", "成本指标"],
        ["效益指标"] = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
        ["满意度指标"] = ["服务对象满意度指标"],
    };

    public static IEnumerable<string> AllLevel2 => Levels.Values.SelectMany(v => v);

    public static bool IsKnownLevel1(string level1) => Levels.ContainsKey(level1);

    public static bool Belongs(string level1, string level2) => Levels.TryGetValue(level1, out var children) && children.Contains(level2);
}
