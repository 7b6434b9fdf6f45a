using System.Security.Cryptography;
using System.Text;

namespace Xinfang.Core.Outbox;

/// <summary>How a receiver knows a message is ours and fresh: <c>X-Xinfang-Signature: sha256=</c> the lowercase hex
/// HMAC-SHA256, keyed with the UTF-8 signing secret, of <c>{X-Xinfang-Timestamp}.{body}</c> (the timestamp in Unix
/// seconds, the body byte for byte). Receivers recompute it and refuse old timestamps.</summary>
public static class OutboxSignature
{
    public const string SignatureHeader = "X-Xinfang-Signature";
    public const string TimestampHeader = "X-Xinfang-Timestamp";
    public const string DeliveryHeader = "X-Xinfang-Delivery";

    public static string Sign(string secret, long timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    public static bool Verify(string secret, long timestamp, string body, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}
