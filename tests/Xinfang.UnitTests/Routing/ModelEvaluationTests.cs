using Xinfang.Core.Routing;

namespace Xinfang.UnitTests.Routing;

/// <summary>The figures `routing evaluate` prints: accuracy, macro-F1 over the categories, top-3 accuracy.</summary>
public sealed class ModelEvaluationTests
{
    [Fact]
    public void MacroF1_IsTheUnweightedMeanOfEachCategorysF1()
    {
        string[] answers = ["a", "a", "a", "b", "c"];
        string[][] ranked = [["a", "b", "c"], ["a", "c", "b"], ["b", "a", "c"], ["b", "a", "c"], ["a", "c", "b"]];

        var e = ModelEvaluation.Score(answers, ranked);

        Assert.Equal(0.6, e.Accuracy, 6);
        var a = e.Categories.Single(c => c.Label == "a"); // predicted 3 times, right twice; 3 answers
        Assert.Equal((2 / 3.0, 2 / 3.0), (a.Precision, a.Recall));
        var b = e.Categories.Single(c => c.Label == "b"); // predicted twice, right once; 1 answer
        Assert.Equal((0.5, 1.0), (b.Precision, b.Recall));
        var c = e.Categories.Single(c => c.Label == "c"); // never predicted
        Assert.Equal(0, c.F1);
        Assert.Equal((2 / 3.0 + 2 / 3.0 + 0) / 3, e.MacroF1, 6);
        Assert.Equal(1.0, e.Top3, 6);
        Assert.Equal(0.6, ModelEvaluation.Score(answers, ranked.Select(r => (IReadOnlyList<string>)r[..1]).ToList()).Top3, 6);
    }

    [Fact]
    public void TheCsv_NeedsSubjectDetailAndLabel_InAnyOrder_WithLineBreaksInQuotes()
    {
        var rows = LabelledTextFile.Read(new StringReader("Label,id,Detail,Subject\n交通运输,1,\"道路\n坑洼\",修路\n劳动和社会保障,2,拖欠工资,\n,3,无类别,略\n"));
        Assert.Equal([new LabelledText("修路。道路\n坑洼", "交通运输"), new LabelledText("拖欠工资", "劳动和社会保障")], rows);

        var missing = Assert.Throws<InvalidDataException>(() => LabelledTextFile.Read(new StringReader("subject,text,category\na,b,c\n")));
        Assert.Contains("detail、label", missing.Message);
    }

    [Fact]
    public void TheSplit_KeepsEveryCategorysShare_AndIsReproducible()
    {
        var rows = Enumerable.Range(0, 100).Select(i => new LabelledText($"t{i}", i < 80 ? "a" : "b")).ToList();
        var (train, test) = StratifiedSplit.Of(rows, 0.25, seed: 3);
        Assert.Equal((60, 15, 20, 5), (train.Count(r => r.Label == "a"), train.Count(r => r.Label == "b"), test.Count(r => r.Label == "a"), test.Count(r => r.Label == "b")));
        Assert.Equal(test, StratifiedSplit.Of(rows, 0.25, seed: 3).Test);
        Assert.Empty(train.Intersect(test));
    }
}
