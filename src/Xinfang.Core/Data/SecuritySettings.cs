using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Xinfang.Core.Data;

/// <summary>
/// Keys from configuration: <c>Security:PersonalDataKey</c> (encrypts personal data at rest) and
/// <c>Security:TokenKey</c> (signs API tokens), each base64 of 32 random bytes. All web instances of one
/// installation must share them. Only the demo installation may make its own, kept beside its database file.
/// </summary>
public sealed record SecuritySettings(string PersonalDataKey, string TokenKey)
{
    public static SecuritySettings From(IConfiguration configuration, DatabaseSettings database, bool demo)
    {
        var personal = configuration["Security:PersonalDataKey"];
        var token = configuration["Security:TokenKey"];
        if (!string.IsNullOrWhiteSpace(personal) && !string.IsNullOrWhiteSpace(token))
        {
            return new SecuritySettings(personal, token);
        }

        if (!demo || database.SqliteFile is null)
        {
            throw new InvalidOperationException(
                "Security:PersonalDataKey and Security:TokenKey must be configured (base64 of 32 random bytes each, e.g. `openssl rand -base64 32`).");
        }

        var file = Path.ChangeExtension(database.SqliteFile, ".demo-keys.json");
        if (File.Exists(file))
        {
            return JsonSerializer.Deserialize<SecuritySettings>(File.ReadAllText(file))
                ?? throw new InvalidDataException($"{file} is empty.");
        }

        var made = new SecuritySettings(NewKey(), NewKey());
        File.WriteAllText(file, JsonSerializer.Serialize(made));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return made;
    }

    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
