using System.IO.Compression;
using Xinfang.Core.Routing;

namespace Xinfang.UnitTests.Routing;

/// <summary>The real labelled messages of tests/data/complaints, read once per test run.</summary>
internal static class ComplaintData
{
    private static readonly Lazy<List<LabelledText>> Labelled = new(() =>
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "data", "complaints", "labelled.csv.gz"));
        using var reader = new StreamReader(new GZipStream(file, CompressionMode.Decompress));
        return LabelledTextFile.Read(reader);
    });

    public static IReadOnlyList<LabelledText> LabelledMessages => Labelled.Value;
}
