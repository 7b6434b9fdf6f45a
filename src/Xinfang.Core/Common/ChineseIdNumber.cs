using System.Globalization;

namespace Xinfang.Core.Common;

/// <summary>The 18-character resident ID number (GB 11643-1999): region, birth date, serial and an ISO 7064 check character.</summary>
public static class ChineseIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    public static bool IsValid(string value)
    {
        if (value.Length != 18 || !value[..17].All(char.IsAsciiDigit))
        {
            return false;
        }

        if (!DateOnly.TryParseExact(value.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return false;
        }

        return char.ToUpperInvariant(value[17]) == CheckCharacter(value);
    }

    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckChars[sum % 11];
    }

    /// <summary>Builds a valid number from region code, birth date and serial (for demo data and tests).</summary>
    public static string Make(string regionCode, DateOnly birth, int serial)
    {
        var first17 = $"{regionCode}{birth:yyyyMMdd}{serial % 1000:000}";
        return first17 + CheckCharacter(first17);
    }
}
