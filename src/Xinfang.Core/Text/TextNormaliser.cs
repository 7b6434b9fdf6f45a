using System.Globalization;
using System.Text;

namespace Xinfang.Core.Text;

/// <summary>One normal form for every text the platform compares or indexes: full-width letters and digits folded to
/// ASCII (Ａ３ → a3), letters lower-cased; what counts as a word character.</summary>
public static class TextNormaliser
{
    public static string Fold(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>A token carries meaning when it has at least one letter or digit (punctuation and spaces do not).</summary>
    public static bool IsWord(string token)
    {
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter;
}
