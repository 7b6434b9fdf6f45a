using System.Text.Json;
using System.Text.Json.Serialization;
using Xinfang.Core.Data;

namespace Xinfang.Core.Audit;

/// <summary>A row's values as an audit line records them: every property by name, personal data masked, secrets left
/// out, binary content by its length.</summary>
internal static class AuditSnapshot
{
    private static readonly HashSet<string> PersonalProperties = ["IdNumber", "Phone", "Address", "Email"];
    private static readonly HashSet<string> SecretProperties = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "IdNumberHash", "PhoneHash", "KeyHash", "SigningSecret"];

    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Of(IEnumerable<(string Name, object? Value)> properties)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in properties)
        {
            if (SecretProperties.Contains(name))
            {
                continue;
            }

            // Binary content (an attachment's bytes) is recorded by its length; its SHA-256 is on the attachment's own line.
            values[name] = PersonalProperties.Contains(name) ? Mask(name, value as string)
                : value is byte[] bytes ? $"({bytes.Length} bytes)"
                : value;
        }

        return JsonSerializer.Serialize(values, Json);
    }

    private static string? Mask(string property, string? value) => property switch
    {
        "IdNumber" => PersonalDataMask.IdNumber(value),
        "Phone" => PersonalDataMask.Phone(value),
        "Email" => PersonalDataMask.Email(value),
        _ => PersonalDataMask.Address(value),
    };
}
