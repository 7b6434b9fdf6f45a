using System.Security.Cryptography;

namespace Xinfang.Core.Portal;

/// <summary>The codes the portal hands out: a query code of 8 characters from an alphabet without look-alikes
/// (0/O, 1/I/L), about 39 bits; a 6-digit phone code.</summary>
public static class PortalSecrets
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string NewQueryCode() => RandomNumberGenerator.GetString(Alphabet, 8);

    public static string NewPhoneCode() => RandomNumberGenerator.GetString("0123456789", 6);
}
