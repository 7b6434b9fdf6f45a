using System.Security.Cryptography;
using System.Text;

namespace Xinfang.Core.Intake;

/// <summary>An integration client's key: <c>xf_</c>, a 12-character public prefix, <c>_</c> and 32 random characters
/// (≈190 bits). The whole key is shown once; the platform keeps the prefix (to find the client) and a SHA-256 hash (to
/// check the rest). A random key of this length needs no slow password hash.</summary>
public sealed record ApiKey(string Value, string Prefix, string Hash)
{
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static ApiKey New()
    {
        var prefix = RandomNumberGenerator.GetString(Alphabet, 12);
        var value = $"xf_{prefix}_{RandomNumberGenerator.GetString(Alphabet, 32)}";
        return new ApiKey(value, prefix, HashOf(value));
    }

    /// <summary>The prefix of a key as sent, or null when it is not shaped like one of ours.</summary>
    public static string? PrefixOf(string? value) =>
        value is { Length: 48 } && value.StartsWith("xf_", StringComparison.Ordinal) && value[15] == '_' ? value[3..15] : null;

    public static string HashOf(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    public static bool Matches(string value, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(value)), Encoding.ASCII.GetBytes(storedHash));
}
