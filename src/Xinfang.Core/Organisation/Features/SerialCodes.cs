namespace Xinfang.Core.Organisation.Features;

/// <summary>Codes given when the administrator leaves the code empty: the prefix and a two-digit serial.</summary>
internal static class SerialCodes
{
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
