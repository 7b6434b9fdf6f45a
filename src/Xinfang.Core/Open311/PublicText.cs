using System.Text.RegularExpressions;

namespace Xinfang.Core.Open311;

/// <summary>Text read by anyone (a published description, a reply): the petitioners' names, and any phone number, ID
/// number or e-mail address written in it, are masked.</summary>
public static partial class PublicText
{
    public static string Scrub(string text, IEnumerable<string> names)
    {
        foreach (var name in names.Where(n => n.Length >= 2).Distinct().OrderByDescending(n => n.Length))
        {
            text = text.Replace(name, name[..1] + new string('*', name.Length - 1), StringComparison.Ordinal);
        }

        text = IdNumber().Replace(text, m => m.Value[..6] + new string('*', m.Value.Length - 6));
        text = Phone().Replace(text, m => m.Value[..3] + new string('*', m.Value.Length - 3));
        return Email().Replace(text, "***@***");
    }

    [GeneratedRegex(@"(?<!\d)\d{17}[\dXx](?!\d)")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<!\d)(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();
}
