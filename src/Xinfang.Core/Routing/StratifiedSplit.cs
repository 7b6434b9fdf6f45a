namespace Xinfang.Core.Routing;

/// <summary>Splits labelled messages into training and test parts with every category in the same proportion in
/// both, reproducibly for a given seed.</summary>
public static class StratifiedSplit
{
    public static (List<LabelledText> Train, List<LabelledText> Test) Of(IReadOnlyList<LabelledText> rows, double testFraction, int seed)
    {
        if (testFraction is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(testFraction), "测试集比例须在 0 与 1 之间。");
        }

        var random = new Random(seed);
        var train = new List<LabelledText>();
        var test = new List<LabelledText>();
        foreach (var group in rows.GroupBy(r => r.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            var testCount = (int)Math.Round(members.Length * testFraction);
            test.AddRange(members.Take(testCount));
            train.AddRange(members.Skip(testCount));
        }

        return (train, test);
    }
}
