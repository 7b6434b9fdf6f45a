using System.Text.RegularExpressions;

namespace Xinfang.Core.Common;

/// <summary>The <c>{名称}</c> placeholders of the templates the administrator edits (text messages, notices).</summary>
public static partial class Placeholders
{
    /// <summary>The template with its placeholders filled; an unknown placeholder stays as written.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Pattern().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    /// <summary>The placeholders a text uses.</summary>
    public static IEnumerable<string> In(string text) => Pattern().Matches(text).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{([^{}\s]{1,12})\}")]
    private static partial Regex Pattern();
}
