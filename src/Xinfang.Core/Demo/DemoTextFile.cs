using Xinfang.Core.Cases.Features;
using Xinfang.Core.Search.Features;

namespace Xinfang.Core.Demo;

/// <summary>Real citizens' messages for bulk-generated cases (`xinfang demo generate --texts FILE`), so that search and
/// duplicate benchmarks meet the word variety of real text rather than the demo's few dozen templates. The file is read as
/// <see cref="PublicMessage.Read"/> reads it (a header naming <c>subject</c> and <c>detail</c>; plain or gzip).</summary>
public static class DemoTextFile
{
    /// <exception cref="InvalidDataException">The header lacks a column, or no row has any text.</exception>
    public static List<(string Subject, string Content)> Read(string path)
    {
        var texts = PublicMessage.Read(path)
            .Select(m => (m.Subject.Length > 0 ? Clip(m.Subject, RegistrationValidator.MaxSubjectLength) : Clip(m.Detail, 30),
                Clip(m.Detail, RegistrationValidator.MaxContentLength)))
            .ToList();
        return texts.Count > 0 ? texts : throw new InvalidDataException("CSV 中没有任何正文。");
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
