using Xinfang.Core.Identity;
namespace Xinfang.Core.Organisation.Features;

/// <summary>The codes of categories and places: what a typed code may be, and the code given when it is left empty
/// (the prefix and a two-digit serial).</summary>
internal static class Codes
{
    public const int MaxLength = 32;

    /// <summary>Letters, digits, '-' and '_', at most <see cref="MaxLength"/> characters.</summary>
    public static bool IsWellFormed(string code) =>
        code.Length <= MaxLength && code.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_');

    /// <summary>The first of prefix01, prefix02 … that is not taken.</summary>
    public static string NextFree(string prefix, IReadOnlySet<string> taken)
    {
        for (var n = 1; ; n++)
        {
            var code = $"{prefix}{n:00}";
            if (!taken.Contains(code))
            {
                return code;
            }
        }
    }
}
