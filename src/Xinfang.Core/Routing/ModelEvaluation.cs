namespace Xinfang.Core.Routing;

/// <summary>How well a model labels messages it never saw: accuracy, macro-F1 (the unweighted mean of each category's
/// F1, over the categories that occur in the answers or the predictions) and top-3 accuracy, all fractions.</summary>
public sealed record ModelEvaluation(int Messages, double Accuracy, double MacroF1, double Top3, IReadOnlyList<CategoryScore> Categories, double MillisecondsPerSuggestion)
{
    public static ModelEvaluation Of(CategoryModel model, IReadOnlyList<LabelledText> test)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var predictions = new IReadOnlyList<CategorySuggestion>[test.Count];
        for (var i = 0; i < test.Count; i++)
        {
            predictions[i] = model.Suggest(test[i].Text, 3);
        }

        var perSuggestion = test.Count == 0 ? 0 : started.Elapsed.TotalMilliseconds / test.Count;
        return Score(test.Select(t => t.Label).ToList(), predictions.Select(p => p.Select(s => s.Label).ToList()).ToList(), perSuggestion);
    }

    /// <summary>Scores ranked predictions (best first) against the answers.</summary>
    public static ModelEvaluation Score(IReadOnlyList<string> answers, IReadOnlyList<IReadOnlyList<string>> ranked, double millisecondsPerSuggestion = 0)
    {
        var n = answers.Count;
        if (n == 0)
        {
            return new ModelEvaluation(0, 0, 0, 0, [], millisecondsPerSuggestion);
        }

        var firsts = ranked.Select(r => r.Count > 0 ? r[0] : "").ToList();
        var labels = answers.Concat(firsts.Where(f => f.Length > 0)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var categories = labels.Select(label =>
        {
            var truePositive = Enumerable.Range(0, n).Count(i => answers[i] == label && firsts[i] == label);
            var predicted = firsts.Count(f => f == label);
            var actual = answers.Count(a => a == label);
            var precision = predicted == 0 ? 0 : (double)truePositive / predicted;
            var recall = actual == 0 ? 0 : (double)truePositive / actual;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new CategoryScore(label, actual, precision, recall, f1);
        }).ToList();

        return new ModelEvaluation(
            n,
            (double)Enumerable.Range(0, n).Count(i => answers[i] == firsts[i]) / n,
            categories.Average(c => c.F1),
            (double)Enumerable.Range(0, n).Count(i => ranked[i].Take(3).Contains(answers[i])) / n,
            categories,
            millisecondsPerSuggestion);
    }
}

public sealed record CategoryScore(string Label, int Support, double Precision, double Recall, double F1);
