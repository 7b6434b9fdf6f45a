using System.Security.Cryptography;
using System.Text;

namespace Xinfang.Core.Data;

/// <summary>
/// Encrypts personal data (ID numbers, phones, addresses) at rest with AES-256-GCM under a key from
/// configuration (<c>Security:PersonalDataKey</c>, 32 bytes base64), and derives keyed hashes (blind
/// indexes) so that the same ID number or phone can be found without decrypting every row.
/// </summary>
public sealed class PersonalDataProtector
{
    private const string Prefix = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _indexKey;
    private readonly byte[] _sealKey;

    // The primitives are set up once per thread: creating a cipher, an HMAC or a random draw per value cost
    // more than the work itself when an import encrypts millions of callers' numbers.
    [ThreadStatic] private static Primitives? t_primitives;

    private Primitives Current => t_primitives is { } p && ReferenceEquals(p.Owner, this)
        ? p
        : t_primitives = new Primitives(this, _encryptionKey, _indexKey, _sealKey);

    public PersonalDataProtector(byte[] masterKey)
    {
        if (masterKey.Length != 32)
        {
            throw new ArgumentException("The personal-data key must be 32 bytes (base64 of 32 random bytes).", nameof(masterKey));
        }

        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "xinfang-encrypt"u8.ToArray());
        _indexKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "xinfang-index"u8.ToArray());
        _sealKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "xinfang-audit-seal"u8.ToArray());
    }

    public static PersonalDataProtector FromBase64(string key) => new(Convert.FromBase64String(key));

    public string Encrypt(string plain)
    {
        var primitives = Current;
        var plainBytes = Encoding.UTF8.GetBytes(plain);
        var buffer = new byte[NonceSize + TagSize + plainBytes.Length];
        var nonce = buffer.AsSpan(0, NonceSize);
        primitives.NextNonce(nonce);
        primitives.Aes.Encrypt(nonce, plainBytes, buffer.AsSpan(NonceSize + TagSize), buffer.AsSpan(NonceSize, TagSize));
        return Prefix + Convert.ToBase64String(buffer);
    }

    public string Decrypt(string stored)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("Personal data is stored without the expected encryption prefix.");
        }

        var buffer = Convert.FromBase64String(stored[Prefix.Length..]);
        var plain = new byte[buffer.Length - NonceSize - TagSize];
        Current.Aes.Decrypt(buffer.AsSpan(0, NonceSize), buffer.AsSpan(NonceSize + TagSize), buffer.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>A keyed hash of a normalised value, for equality look-ups (null for empty input).</summary>
    public string? BlindIndex(string? value)
    {
        var normalised = value?.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        if (string.IsNullOrEmpty(normalised))
        {
            return null;
        }

        return Convert.ToHexString(Primitives.Mac(Current.Index, normalised), 0, 16);
    }

    public string Seal(string canonical) => Convert.ToHexString(Primitives.Mac(Current.Seal, canonical));

    /// <summary>One thread's cipher, keyed hashes and a pool of random bytes for nonces (refilled from the OS CSPRNG).</summary>
    private sealed class Primitives(PersonalDataProtector owner, byte[] encryptionKey, byte[] indexKey, byte[] sealKey)
    {
        public PersonalDataProtector Owner { get; } = owner;

        private readonly byte[] _random = new byte[NonceSize * 256];
        private int _used = NonceSize * 256;

        public AesGcm Aes { get; } = new(encryptionKey, TagSize);
        public IncrementalHash Index { get; } = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, indexKey);
        public IncrementalHash Seal { get; } = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, sealKey);

        public void NextNonce(Span<byte> nonce)
        {
            if (_used == _random.Length)
            {
                RandomNumberGenerator.Fill(_random);
                _used = 0;
            }

            _random.AsSpan(_used, NonceSize).CopyTo(nonce);
            _random.AsSpan(_used, NonceSize).Clear(); // a nonce is handed out once
            _used += NonceSize;
        }

        public static byte[] Mac(IncrementalHash hash, string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            return hash.GetHashAndReset();
        }
    }
}
