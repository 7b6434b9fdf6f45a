using System.IO.Compression;
using System.Text;
using Xinfang.Core.Text;

namespace Xinfang.Core.Routing;

/// <summary>A text's category, proposed by a linear model over <see cref="TextFeatureSpace"/>: one linear SVM per
/// category (one versus the rest, <see cref="LinearSvmTrainer"/>), scored by a sparse dot product, confidences a softmax of the
/// margins. Saved as one gzip file holding the vocabulary and the weights; suggesting needs nothing else.</summary>
public sealed class CategoryModel
{
    private const string FileMagic = "xinfang-category-model/1";
    private const float ConfidenceScale = 4f;
    private readonly TextFeatureSpace space;
    private readonly float[][] weights;
    private readonly float[] biases;

    private CategoryModel(IReadOnlyList<string> labels, TextFeatureSpace space, float[][] weights, float[] biases)
    {
        Labels = labels;
        this.space = space;
        this.weights = weights;
        this.biases = biases;
    }

    public IReadOnlyList<string> Labels { get; }

    public int Dimension => space.Dimension;

    /// <summary>Trains on <paramref name="examples"/> (at least two labels). <paramref name="progress"/> hears each
    /// category as its classifier is done (0…labels).</summary>
    public static CategoryModel Train(IReadOnlyList<LabelledText> examples, IProgress<(int Done, int Total)>? progress = null)
    {
        var labels = examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (labels.Count < 2)
        {
            throw new ArgumentException("训练数据至少需要两个类别。", nameof(examples));
        }

        var segmenter = ChineseSegmenter.Shared;
        var raw = new List<string>[examples.Count];
        Parallel.For(0, examples.Count, i => raw[i] = TextFeatureSpace.RawTerms(examples[i].Text, segmenter));
        var space = TextFeatureSpace.Build(raw, minDocuments: 2);
        var vectors = raw.Select(space.Vector).ToArray();

        var weights = new float[labels.Count][];
        var biases = new float[labels.Count];
        var done = 0;
        Parallel.For(0, labels.Count, c =>
        {
            var positive = examples.Select(e => e.Label == labels[c]).ToArray();
            var w = LinearSvmTrainer.Train(vectors, positive, space.Dimension, cost: 2, positiveCostFactor: 2);
            weights[c] = w[..^1];
            biases[c] = w[^1];
            progress?.Report((Interlocked.Increment(ref done), labels.Count));
        });

        return new CategoryModel(labels, space, weights, biases);
    }

    /// <summary>The <paramref name="top"/> most likely categories, best first, confidences summing to at most 1.</summary>
    public IReadOnlyList<CategorySuggestion> Suggest(string text, int top = 3)
    {
        var vector = space.Vector(TextFeatureSpace.RawTerms(text, ChineseSegmenter.Shared));
        var margins = new double[Labels.Count];
        for (var c = 0; c < Labels.Count; c++)
        {
            double sum = biases[c];
            var w = weights[c];
            for (var k = 0; k < vector.Indices.Length; k++)
            {
                sum += w[vector.Indices[k]] * vector.Values[k];
            }

            margins[c] = sum;
        }

        var max = margins.Max();
        var exp = margins.Select(m => Math.Exp(ConfidenceScale * (m - max))).ToArray();
        var total = exp.Sum();
        return Enumerable.Range(0, Labels.Count)
            .OrderByDescending(c => margins[c])
            .Take(top)
            .Select(c => new CategorySuggestion(Labels[c], exp[c] / total))
            .ToList();
    }

    public void Save(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(zip, Encoding.UTF8);
        writer.Write(FileMagic);
        writer.Write(Labels.Count);
        foreach (var label in Labels)
        {
            writer.Write(label);
        }

        writer.Write(space.Dimension);
        for (var i = 0; i < space.Dimension; i++)
        {
            writer.Write(space.Terms[i]);
            writer.Write(space.Idf[i]);
        }

        for (var c = 0; c < Labels.Count; c++)
        {
            writer.Write(biases[c]);
            foreach (var w in weights[c])
            {
                writer.Write(w);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>; anything else is refused with <see cref="InvalidDataException"/>.</summary>
    public static CategoryModel Load(Stream stream)
    {
        try
        {
            using var zip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(zip, Encoding.UTF8);
            if (reader.ReadString() != FileMagic)
            {
                throw new InvalidDataException("不是本平台的分类模型文件。");
            }

            var labels = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToList();
            var dimension = reader.ReadInt32();
            var terms = new string[dimension];
            var idf = new float[dimension];
            for (var i = 0; i < dimension; i++)
            {
                terms[i] = reader.ReadString();
                idf[i] = reader.ReadSingle();
            }

            var biases = new float[labels.Count];
            var weights = new float[labels.Count][];
            for (var c = 0; c < labels.Count; c++)
            {
                biases[c] = reader.ReadSingle();
                weights[c] = new float[dimension];
                for (var i = 0; i < dimension; i++)
                {
                    weights[c][i] = reader.ReadSingle();
                }
            }

            return new CategoryModel(labels, TextFeatureSpace.FromStored(terms, idf), weights, biases);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException && e.Message != "不是本平台的分类模型文件。")
        {
            throw new InvalidDataException("分类模型文件不完整或已损坏。", e);
        }
    }
}

public sealed record LabelledText(string Text, string Label);

public sealed record CategorySuggestion(string Label, double Confidence);
